import type { Command } from '../shared/command';
import type { ClockPlan } from './clock-plan';

// Commands of any service-standard clock, issued by the workflow's timers (actor `system`).
// `standardId` names the clock, since a case may run several (an internship's two replies).

/** Issued at the clock's `warnAt`. */
export type RaiseServiceStandardWarning = Command<'RaiseServiceStandardWarning', { standardId: string }>;

/** Issued at the clock's `dueAt`. */
export type RecordServiceStandardBreach = Command<'RecordServiceStandardBreach', { standardId: string }>;

export type ClockCommand = RaiseServiceStandardWarning | RecordServiceStandardBreach;

/** Issued at the plan's `escalateFurther.at` when the breach is still open. */
export type EscalateServiceStandardBreach = Command<'EscalateServiceStandardBreach', { standardId: string }>;

/**
 * Issued when the calendar changed under a running clock (a holiday added): `plan` is the clock
 * planned again on the new calendar, same standard version and start, computed in an activity.
 */
export type MoveServiceStandardDueDate = Command<'MoveServiceStandardDueDate', { standardId: string; plan: ClockPlan; reason: string }>;

/** Staff pause a clock for a reason its standard allows (waiting for the requester, say). */
export type PauseServiceStandardClock = Command<'PauseServiceStandardClock', { standardId: string; reason: string; explanation: string }>;

/** Staff resume it; `plan` moves its deadlines by the paused working days (`resumedPlan`, in an activity). */
export type ResumeServiceStandardClock = Command<
  'ResumeServiceStandardClock',
  { standardId: string; plan: ClockPlan; pausedWorkingDays: number }
>;
