import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';
import { toCsv } from './csv';

export interface Column<Row> {
  /** The API's field, also the CSV header. */
  readonly key: string;
  readonly label: string;
  readonly value: (row: Row) => string | number | null;
  readonly show?: (row: Row) => ReactNode;
  readonly numeric?: boolean;
}

interface Props<Row> {
  readonly id: string;
  readonly caption: string;
  readonly columns: readonly Column<Row>[];
  readonly rows: readonly Row[];
  readonly rowKey: (row: Row) => string;
}

/** A figure's table, the chart's text equivalent, with its CSV download built from the same rows. */
export function DataTable<Row>({ id, caption, columns, rows, rowKey }: Props<Row>) {
  const { t } = useI18n();
  const csv = toCsv(
    columns.map((column) => column.key),
    rows.map((row) => Object.fromEntries(columns.map((column) => [column.key, column.value(row)]))),
  );
  const href = `data:text/csv;charset=utf-8,${encodeURIComponent(csv)}`;
  return (
    <div className="data-table" id={id}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col" className={column.numeric ? 'number' : undefined}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} data-row={rowKey(row)}>
              {columns.map((column) => (
                <td key={column.key} data-column={column.key} className={column.numeric ? 'number' : undefined}>
                  {column.show ? column.show(row) : String(column.value(row) ?? '—')}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <a className="csv" href={href} download={`${id}.csv`}>
        {t('dash.csv', { table: caption })}
      </a>
    </div>
  );
}
