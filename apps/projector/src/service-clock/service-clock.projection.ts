import { clockStatus, QC_PUBLIC_SERVICE_CALENDAR, workingDaysBetween, type ClockState } from '@entente/domain';
import type { CaseSummaryEntity, ServiceClockEntity } from '@entente/persistence';
import { CASE_TYPE_SUMMARIES } from '../case-summary/case-types';

/**
 * The clock rows of a case, from its summary's state. Working days are counted the way the
 * standard counts them (an answer on the due day took exactly the standard's number of days), on
 * the Québec public-service calendar, the one every plan names today.
 */
export function serviceClocksOf(summary: CaseSummaryEntity): ServiceClockEntity[] {
  const caseType = CASE_TYPE_SUMMARIES[summary.caseType as keyof typeof CASE_TYPE_SUMMARIES];
  return caseType.traits.clocks(summary.state).map((clock) => toServiceClock(summary, clock));
}

function toServiceClock(summary: CaseSummaryEntity, clock: ClockState): ServiceClockEntity {
  const { plan, stoppedAt, outcome } = clock;
  const answered = stoppedAt !== null && outcome !== 'cancelled';
  return {
    caseId: summary.caseId,
    standardId: plan.standardId,
    caseType: summary.caseType,
    standardVersion: plan.standardVersion,
    startedAt: new Date(plan.startedAt),
    dueAt: new Date(plan.dueAt),
    stoppedAt: stoppedAt === null ? null : new Date(stoppedAt),
    state: clockStatus(clock),
    // An answer sent on time but recorded after the alarm was never past due.
    breached: outcome !== 'met' && (clock.breached || outcome === 'late'),
    workingDaysTaken: answered ? workingDaysBetween(QC_PUBLIC_SERVICE_CALENDAR, plan.startedAt, stoppedAt) : null,
  };
}
