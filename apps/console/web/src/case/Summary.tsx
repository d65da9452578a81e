import type { ReactNode } from 'react';
import type { CaseDetail } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { ClockBadge, DaysLeft } from '../queue/ClockBadge';
import { StandardName } from '../standards/StandardName';

/** What the case is, where it stands and its service-standard clock, as a list of terms. */
export function Summary({ detail }: { detail: CaseDetail }) {
  const { t, term, instant } = useI18n();
  const rows: [string, ReactNode][] = [
    [t('case.caseType'), term('caseType', detail.caseType)],
    [t('case.status'), term('status', detail.status)],
    [t('case.assignee'), detail.assignee ?? t('queue.unassigned')],
    [t('case.receivedAt'), instant(detail.receivedAt)],
    [t('case.clock'), detail.standardId ? <StandardName key="standard" id={detail.standardId} /> : '—'],
    [t('case.state'), <ClockBadge key="state" state={detail.clockState} />],
    [t('case.dueAt'), instant(detail.dueAt)],
    [t('case.warnAt'), instant(detail.warnAt)],
  ];
  // The list's rows carry the working days left; a case's own page shows them when the API gives them.
  if (detail.workingDaysLeft !== undefined) rows.splice(7, 0, [t('case.daysLeft'), <DaysLeft key="days" days={detail.workingDaysLeft} />]);
  if (detail.outcome) rows.push([t('case.outcome'), term('status', detail.outcome)]);
  return (
    <section aria-labelledby="summary-title">
      <h2 id="summary-title">{t('case.summary')}</h2>
      <dl className="summary">
        {rows.map(([name, value]) => (
          <div key={name}>
            <dt>{name}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
