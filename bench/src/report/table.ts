import { ratioOf, ResultRow } from '../benchmark';
import { formatFigure, formatRatio } from './format';

const HEADINGS = ['benchmark', 'measure', 'size', 'ours', 'raw limit', 'ratio', 'unit'];

/** The results as a plain-text table, then what each raw limit is and the conditions of each line. */
export function renderTable(rows: readonly ResultRow[]): string {
  const cells = rows.map((row) => [
    row.benchmark,
    row.measure,
    row.size,
    formatFigure(row.figure),
    formatFigure(row.limit),
    formatRatio(ratioOf(row)),
    row.unit,
  ]);
  const widths = HEADINGS.map((heading, column) => Math.max(heading.length, ...cells.map((line) => line[column]!.length)));
  const line = (values: readonly string[]) =>
    values
      .map((value, column) => value.padEnd(widths[column]!))
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [line(HEADINGS), rule, ...cells.map(line), '', ...footnotes(rows)].join('\n');
}

function footnotes(rows: readonly ResultRow[]): string[] {
  return rows.map((row) => `- ${row.benchmark} / ${row.measure}: raw limit = ${row.limitName}${row.note ? `; ${row.note}` : ''}`);
}
