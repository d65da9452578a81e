import type { WorkingCalendar } from '@entente/domain';
import type { ServiceClockEntity } from '@entente/persistence';
import type { CaseClockDto } from '../dto/case-clock.dto';
import type { CaseEventDto } from '../dto/case-detail.dto';
import { workingDaysLeft } from './working-days-left';

interface ClockEventData {
  readonly standardId: string;
  readonly reason?: string;
  readonly explanation?: string;
  readonly pausedAt?: string;
  readonly from?: { readonly dueAt: string };
  readonly plan?: { readonly dueAt: string };
}

const ofStandard = (timeline: readonly CaseEventDto[], standardId: string, type: string) =>
  timeline.filter((event) => event.type === type && (event.data as ClockEventData).standardId === standardId);

/** The pause still in force: the last one, when the clock reads paused (a resumption ended the others). */
function pauseOf(row: ServiceClockEntity, timeline: readonly CaseEventDto[]): CaseClockDto['paused'] {
  const last = ofStandard(timeline, row.standardId, 'ServiceStandardClockPaused').at(-1);
  if (row.state !== 'paused' || !last) return null;
  const data = last.data as ClockEventData;
  return { reason: data.reason ?? '', explanation: data.explanation ?? '', pausedAt: data.pausedAt ?? last.occurredAt };
}

/**
 * Every service-standard clock of a case, one after another as the read model keeps them, with
 * the working days left, the pause in force and each move a calendar change made, from the
 * timeline the reader is shown (so masked as it is).
 */
export function caseClocks(
  rows: readonly ServiceClockEntity[],
  timeline: readonly CaseEventDto[],
  calendar: WorkingCalendar,
  now: Date,
): CaseClockDto[] {
  return rows.map((row) => ({
    standardId: row.standardId,
    standardVersion: row.standardVersion,
    startedAt: row.startedAt.toISOString(),
    dueAt: row.dueAt.toISOString(),
    state: row.state,
    workingDaysLeft: workingDaysLeft(calendar, { dueAt: row.dueAt, clockState: row.state }, now),
    paused: pauseOf(row, timeline),
    moves: ofStandard(timeline, row.standardId, 'ServiceStandardDueDateMoved').map((event) => {
      const data = event.data as ClockEventData;
      return { fromDueAt: data.from?.dueAt ?? '', toDueAt: data.plan?.dueAt ?? '', reason: data.reason ?? '', movedAt: event.occurredAt };
    }),
  }));
}
