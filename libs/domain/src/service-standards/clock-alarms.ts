import type { ClockState } from './clock-state';
import type { CaseClocks } from './clock-decisions';

/** What a running clock asks for next, and from when: the workflow sleeps until `at`, then decides. */
export interface ClockAlarm {
  readonly type: 'RaiseServiceStandardWarning' | 'RecordServiceStandardBreach' | 'EscalateServiceStandardBreach';
  readonly standardId: string;
  readonly at: string;
}

/**
 * A deadline is a message: the warning at `warnAt`, then the breach at `dueAt`, then (if the
 * standard has an escalation chain) one level up at `escalateFurther.at`. Once the due instant
 * has passed (a request recorded late, a worker that was down) only the breach is left, so a late
 * clock never warns about a deadline it already missed.
 */
export function nextClockAlarm(clock: ClockState, nowMs: number): ClockAlarm | null {
  // A paused clock asks for nothing: its deadlines move when it resumes.
  if (clock.stoppedAt !== null || clock.pausedAt) return null;
  const { warnAt, dueAt, standardId, escalateFurther } = clock.plan;
  if (clock.breached) {
    return escalateFurther && !clock.escalatedFurther
      ? { type: 'EscalateServiceStandardBreach', standardId, at: escalateFurther.at }
      : null;
  }
  if (!clock.warned && nowMs < Date.parse(dueAt)) return { type: 'RaiseServiceStandardWarning', standardId, at: warnAt };
  return { type: 'RecordServiceStandardBreach', standardId, at: dueAt };
}

/** The earliest alarm of a case's clocks (ties: the first clock listed). */
export function nextCaseAlarm(clocks: CaseClocks, nowMs: number): ClockAlarm | null {
  return Object.values(clocks)
    .map((clock) => nextClockAlarm(clock, nowMs))
    .reduce<ClockAlarm | null>(
      (earliest, alarm) => (alarm && (!earliest || Date.parse(alarm.at) < Date.parse(earliest.at)) ? alarm : earliest),
      null,
    );
}
