import type { Role } from '../shared/command';
import { CommandRefused } from '../shared/errors';
import type { ClockPlan } from './clock-plan';

export type ClockOutcome = 'met' | 'late' | 'cancelled';
export type ClockStatus = 'running' | 'paused' | 'warned' | 'breached' | ClockOutcome;

/** A running or stopped service-standard clock, as kept in a case's state. */
export interface ClockState {
  readonly plan: ClockPlan;
  readonly warned: boolean;
  readonly breached: boolean;
  /** Escalated past the first level (absent in states folded before escalation chains). */
  readonly escalatedFurther?: boolean;
  readonly stoppedAt: string | null;
  readonly outcome: ClockOutcome | null;
  /** Set while paused (absent in states folded before pauses existed). */
  readonly pausedAt?: string | null;
  /** Every pause, oldest first, for the auditors. */
  readonly pauses?: readonly ClockPause[];
}

export interface ClockPause {
  readonly reason: string;
  readonly explanation: string;
  readonly pausedAt: string;
  readonly resumedAt: string | null;
  readonly pausedWorkingDays: number | null;
}

export function startClock(plan: ClockPlan): ClockState {
  return { plan, warned: false, breached: false, stoppedAt: null, outcome: null };
}

export function stopClock(clock: ClockState, stoppedAt: string, outcome: ClockOutcome): ClockState {
  return { ...clock, stoppedAt, outcome };
}

export function clockStatus(clock: ClockState): ClockStatus {
  if (clock.outcome !== null) return clock.outcome;
  if (clock.pausedAt) return 'paused';
  if (clock.breached) return 'breached';
  return clock.warned ? 'warned' : 'running';
}

/** Whom a breached clock is escalated to now: the first level, or the next once escalated further. */
export function clockEscalatedTo(clock: ClockState): Role | null {
  const further = clock.plan.escalateFurther;
  if (clock.escalatedFurther && further) return further.to;
  return clock.breached ? clock.plan.escalateTo : null;
}

/** Met when stopped at or before the due instant (17:00 on the due day counts as on time). */
/** The clock a case started for this standard: only a malformed history lacks it. */
export function startedClock(clocks: Readonly<Record<string, ClockState>>, standardId: string): ClockState {
  const clock = clocks[standardId];
  if (!clock) throw new CommandRefused(`no ${standardId} clock runs in this case`);
  return clock;
}

export function outcomeAt(clock: ClockState, stoppedAtMs: number): 'met' | 'late' {
  return stoppedAtMs <= Date.parse(clock.plan.dueAt) ? 'met' : 'late';
}

function requireRunning(clock: ClockState): void {
  if (clock.stoppedAt !== null) throw new CommandRefused(`the clock stopped at ${clock.stoppedAt}`);
  if (clock.pausedAt) throw new CommandRefused(`the clock is paused since ${clock.pausedAt}`);
  if (clock.breached) throw new CommandRefused('the service standard is already breached');
}

/** A warning is raised once, while the clock runs, from `warnAt` on. */
export function assertWarningDue(clock: ClockState, nowMs: number): void {
  requireRunning(clock);
  if (clock.warned) throw new CommandRefused('the warning was already raised');
  if (nowMs < Date.parse(clock.plan.warnAt)) throw new CommandRefused(`no warning before ${clock.plan.warnAt}`);
}

/** A breach is recorded once, while the clock runs, from `dueAt` on; a missed warning is no bar. */
export function assertBreachDue(clock: ClockState, nowMs: number): void {
  requireRunning(clock);
  if (nowMs < Date.parse(clock.plan.dueAt)) throw new CommandRefused(`not breached before ${clock.plan.dueAt}`);
}

/** A breach still open at the chain's next instant goes one level up, once. */
export function assertFurtherEscalationDue(clock: ClockState, nowMs: number): { at: string; to: Role } {
  const further = clock.plan.escalateFurther;
  if (!further) throw new CommandRefused(`the ${clock.plan.standardId} standard escalates no further`);
  if (clock.stoppedAt !== null) throw new CommandRefused(`the clock stopped at ${clock.stoppedAt}`);
  if (!clock.breached) throw new CommandRefused('the service standard is not breached');
  if (clock.escalatedFurther) throw new CommandRefused(`the breach was already escalated to ${further.to}`);
  if (nowMs < Date.parse(further.at)) throw new CommandRefused(`no further escalation before ${further.at}`);
  return further;
}
