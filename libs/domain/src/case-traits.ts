import type { CaseStanding } from './shared/case-standing';
import { clocksInOrder, type CaseClocks } from './service-standards/clock-decisions';
import type { ClockState } from './service-standards/clock-state';

/**
 * A command a case's workflow issues by itself, as `system`, at an instant: a clock's warning,
 * breach or escalation (naming its standard), a call's closing, a mission's next step.
 */
export interface CaseAlarm {
  readonly at: string;
  readonly type: string;
  readonly data: Record<string, unknown>;
}

/**
 * What every layer asks of a case type's state, answered once beside its decider: the workflow
 * (when the case opened and closed, what to wake up for, what the Temporal UI shows) and the
 * projector (whether the case has a row, its clocks, its stage and assignee).
 */
export interface CaseTraits<S, Opened extends S = S> {
  /** The opening event is folded: before it there is no case to run or show. */
  readonly isOpened: (state: S) => state is Opened;
  /** Still worked on: the workflow runs the case's timers until it closes. */
  readonly isOpen: (state: S) => boolean;
  /** Its service-standard clocks, running or stopped, in the order they started. */
  readonly clocks: (state: S) => readonly ClockState[];
  /** The command its next timer issues, or null when nothing is due. */
  readonly nextAlarm: (state: S, nowMs: number) => CaseAlarm | null;
  /** Its stage and assignee, in the work queue and the Temporal UI. */
  readonly standing: (state: S) => CaseStanding;
}

/** Every case type's state starts as `{ status: 'none' }`, before its opening event. */
export function hasOpened<S extends { readonly status: string }>(state: S): state is Exclude<S, { readonly status: 'none' }> {
  return state.status !== 'none';
}

/** What a case type's deadlines ask for next: the command `type` at `at`, for a clock's `standardId` if any. */
export type TimerAlarm = Readonly<{ type: string; at: string; standardId?: string }>;

/** A timer's alarm as the command it issues: a clock's names the standard it measures. */
export function caseAlarmOf(alarm: TimerAlarm | null): CaseAlarm | null {
  if (!alarm) return null;
  const { at, type, standardId } = alarm;
  return { at, type, data: standardId === undefined ? {} : { standardId } };
}

/** What a case type with clocks kept by standard id answers itself; `clockedCaseTraits` does the rest. */
export interface ClockedCase<S> {
  readonly isOpen: (state: S) => boolean;
  readonly nextAlarm: (state: S, nowMs: number) => TimerAlarm | null;
  readonly standing: (state: S) => CaseStanding;
}

/**
 * The traits of a case type whose state keeps its clocks by standard id (every one with a clock
 * but the e-mail request): its clocks in the order they started, its alarms as commands.
 */
export function clockedCaseTraits<Opened extends { readonly status: string; readonly clocks: CaseClocks }>(
  own: ClockedCase<{ readonly status: 'none' } | Opened>,
): CaseTraits<{ readonly status: 'none' } | Opened, Opened> {
  const isOpened = (state: { readonly status: string }): state is Opened => state.status !== 'none';
  return {
    isOpened,
    isOpen: own.isOpen,
    clocks: (state) => (isOpened(state) ? clocksInOrder(state.clocks) : []),
    nextAlarm: (state, nowMs) => caseAlarmOf(own.nextAlarm(state, nowMs)),
    standing: own.standing,
  };
}
