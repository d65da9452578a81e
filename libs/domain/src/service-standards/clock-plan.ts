import { ROLES, type Role } from '../shared/command';
import { InvalidCommand } from '../shared/errors';
import { normalizeInstant, parseInstant, requireText } from '../shared/validation';
import { addWorkingDays, shiftWorkingDays, workingDaysBetween } from '../calendar/working-days';
import type { WorkingCalendar } from '../calendar/working-calendar';
import type { ServiceStandard } from './service-standard';

/**
 * A clock's deadlines, computed once when it starts and then carried in the case's events, so
 * that replaying history never recomputes them against an edited calendar or a newer standard.
 */
export interface ClockPlan {
  readonly standardId: string;
  readonly standardVersion: number;
  readonly calendarId: string;
  readonly calendarVersion: number;
  readonly startedAt: string;
  readonly warnAt: string;
  readonly dueAt: string;
  readonly escalateTo: Role;
  /** The next level of the escalation chain, if the standard has one (absent in older plans). */
  readonly escalateFurther?: { readonly at: string; readonly to: Role } | null;
  /** The reasons the standard allows a pause for (absent in older plans: no pause). */
  readonly pausableFor?: readonly string[];
}

/**
 * Due at closing time on the N-th working day after the start's local date (see
 * calendar/working-days.ts); the warning the configured number of working days earlier at the
 * same local time (17:00 the working day before, for the e-mail standard), but never before the
 * clock started.
 */
export function planClock(standard: ServiceStandard, calendar: WorkingCalendar, startedAt: string): ClockPlan {
  const start = normalizeInstant(startedAt, 'startedAt');
  const dueAt = addWorkingDays(calendar, start, standard.workingDays);
  const earlier = standard.warning.workingDaysBeforeDue;
  if (!Number.isInteger(earlier) || earlier < 0) {
    throw new InvalidCommand('warning.workingDaysBeforeDue', 'must be a non-negative integer');
  }
  const warning = shiftWorkingDays(calendar, dueAt, -earlier);
  return {
    standardId: standard.id,
    standardVersion: standard.version,
    calendarId: calendar.id,
    calendarVersion: calendar.version,
    startedAt: start,
    warnAt: Date.parse(warning) < Date.parse(start) ? start : warning,
    dueAt,
    escalateTo: standard.escalation.onBreach,
    escalateFurther: furtherEscalation(standard, calendar, dueAt),
    ...(standard.pause ? { pausableFor: standard.pause.reasons } : {}),
  };
}

/**
 * The plan of a clock resumed after a pause: every deadline moves by the working days the pause
 * covered (those after the pause's local date up to the resumption's), so only working time
 * counts against the standard. A pause within one day moves nothing.
 */
export function resumedPlan(
  plan: ClockPlan,
  calendar: WorkingCalendar,
  pausedAt: string,
  resumedAt: string,
): { plan: ClockPlan; pausedWorkingDays: number } {
  const days = workingDaysBetween(calendar, normalizeInstant(pausedAt, 'pausedAt'), normalizeInstant(resumedAt, 'resumedAt'));
  const shift = (instant: string) => (days === 0 ? instant : shiftWorkingDays(calendar, instant, days));
  const further = plan.escalateFurther;
  return {
    plan: {
      ...plan,
      calendarId: calendar.id,
      calendarVersion: calendar.version,
      warnAt: shift(plan.warnAt),
      dueAt: shift(plan.dueAt),
      escalateFurther: further ? { ...further, at: shift(further.at) } : further,
    },
    pausedWorkingDays: days,
  };
}

function furtherEscalation(standard: ServiceStandard, calendar: WorkingCalendar, dueAt: string): ClockPlan['escalateFurther'] {
  const further = standard.escalation.further;
  if (!further) return null;
  if (!Number.isInteger(further.afterWorkingDays) || further.afterWorkingDays < 1) {
    throw new InvalidCommand('escalation.further.afterWorkingDays', 'must be a positive integer');
  }
  return { at: shiftWorkingDays(calendar, dueAt, further.afterWorkingDays), to: further.to };
}

function requireVersion(value: unknown, field: string): void {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new InvalidCommand(field, 'must be a positive integer');
  }
}

/** Checks a plan that arrives in a command (it was computed by `planClock` in an activity). */
export function requireClockPlan(value: unknown, field: string): ClockPlan {
  if (typeof value !== 'object' || value === null) throw new InvalidCommand(field, 'must be a clock plan');
  const plan = value as Record<keyof ClockPlan, unknown>;
  requireText(plan.standardId, `${field}.standardId`);
  requireVersion(plan.standardVersion, `${field}.standardVersion`);
  requireText(plan.calendarId, `${field}.calendarId`);
  requireVersion(plan.calendarVersion, `${field}.calendarVersion`);
  const startedAt = parseInstant(plan.startedAt, `${field}.startedAt`);
  const warnAt = parseInstant(plan.warnAt, `${field}.warnAt`);
  const dueAt = parseInstant(plan.dueAt, `${field}.dueAt`);
  if (warnAt < startedAt) throw new InvalidCommand(`${field}.warnAt`, 'must not be before startedAt');
  if (dueAt < warnAt) throw new InvalidCommand(`${field}.dueAt`, 'must not be before warnAt');
  if (!ROLES.includes(plan.escalateTo as Role)) throw new InvalidCommand(`${field}.escalateTo`, 'must be a role');
  requireFurtherEscalation(plan.escalateFurther, dueAt, `${field}.escalateFurther`);
  return value as ClockPlan;
}

/**
 * A plan carried by the command that starts a case's clock: it must be for `standardId` and start
 * at `startedAt`, the instant the starting event records (named `startField` in the message), so a
 * plan computed for another standard or another moment is never stored.
 */
export function requireClockFor(value: unknown, standardId: string, startedAt: string, startField: string): ClockPlan {
  const clock = requireClockPlan(value, 'clock');
  if (clock.standardId !== standardId) throw new InvalidCommand('clock.standardId', `must be ${standardId}`);
  if (Date.parse(clock.startedAt) !== Date.parse(startedAt)) {
    throw new InvalidCommand('clock.startedAt', `must equal ${startField}`);
  }
  return clock;
}

function requireFurtherEscalation(value: unknown, dueAt: number, field: string): void {
  if (value === undefined || value === null) return;
  const further = value as Record<string, unknown>;
  if (parseInstant(further.at, `${field}.at`) <= dueAt) throw new InvalidCommand(`${field}.at`, 'must be after dueAt');
  if (!ROLES.includes(further.to as Role)) throw new InvalidCommand(`${field}.to`, 'must be a role');
}
