import type { WorkflowHandle } from '@temporalio/client';
import type { EventEnvelope } from '@entente/contracts';

/** How a case's workflow ended, as the server recorded it. */
export interface WorkflowEnding {
  readonly status: string;
  readonly closedAt: string | undefined;
  /** Timers that fired in its history: an alarm that woke the case, whatever it decided then. */
  readonly timersFired: number;
}

/** Read once the workflow has closed (after `handle.result()`). */
export async function endingOf(handle: WorkflowHandle): Promise<WorkflowEnding> {
  const { status, closeTime } = await handle.describe();
  const { events } = await handle.fetchHistory();
  const timersFired = (events ?? []).filter((event) => event.timerFiredEventAttributes).length;
  return { status: status.name, closedAt: closeTime?.toISOString(), timersFired };
}

/**
 * A case whose last command stopped its clocks completed before `alarmAt` (its first alarm) and no
 * timer ever woke it. Nothing is published after a close, so waiting past it proves nothing.
 */
export async function expectEndedBeforeAlarm(handle: WorkflowHandle, alarmAt: string): Promise<void> {
  const ending = await endingOf(handle);
  expect(ending).toMatchObject({ status: 'COMPLETED', timersFired: 0 });
  expect(Date.parse(ending.closedAt ?? '')).toBeLessThan(Date.parse(alarmAt));
}

/** The warning instant of the clock an event started: the first alarm of a clock that runs its course. */
export const warnAtOf = (event: EventEnvelope): string => (event.data as { clock: { warnAt: string } }).clock.warnAt;
