import type { CaseRow } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router';
import { ClockBadge, DaysLeft } from './ClockBadge';
import { reference } from './views';

/** The queue's rows: no subject, no sender — personal details stay on the case page, where reading them is journaled. */
export function QueueTable({ rows }: { rows: readonly CaseRow[] }) {
  const { t, term, instant } = useI18n();
  if (rows.length === 0) return <p className="empty">{t('queue.empty')}</p>;
  return (
    <table className="queue">
      <thead>
        <tr>
          <th scope="col">{t('queue.col.reference')}</th>
          <th scope="col">{t('queue.col.caseType')}</th>
          <th scope="col">{t('queue.col.stage')}</th>
          <th scope="col">{t('queue.col.assignee')}</th>
          <th scope="col">{t('queue.col.dueAt')}</th>
          <th scope="col">{t('queue.col.daysLeft')}</th>
          <th scope="col">{t('queue.col.state')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.caseId} data-case-id={row.caseId}>
            <th scope="row">
              <Link href={`/cases/${row.caseId}`}>{reference(row.caseId)}</Link>
            </th>
            <td>{term('caseType', row.caseType)}</td>
            <td>{term('status', row.status)}</td>
            <td>{row.assignee ?? <em>{t('queue.unassigned')}</em>}</td>
            <td>{instant(row.dueAt)}</td>
            <td className="number">
              <DaysLeft days={row.workingDaysLeft} />
            </td>
            <td>
              <ClockBadge state={row.clockState} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
