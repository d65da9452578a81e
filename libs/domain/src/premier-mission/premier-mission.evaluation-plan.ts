import { InvalidCommand } from '../shared/errors';
import { normalizeInstant, parseInstant, requireText } from '../shared/validation';
import { addWorkingDays } from '../calendar/working-days';
import type { WorkingCalendar } from '../calendar/working-calendar';
import type { MissionEvaluationTarget } from './premier-mission.standards';

/**
 * When to remind and when to compile, computed once when the evaluation is sent (like a
 * `ClockPlan`) and then carried in `PremierMissionEnded`, so that replay never recomputes it
 * against an edited calendar or a revised target.
 */
export interface MissionEvaluationPlan {
  readonly targetId: string;
  readonly targetVersion: number;
  readonly calendarId: string;
  readonly calendarVersion: number;
  readonly sentAt: string;
  readonly remindAt: string;
  readonly closesAt: string;
}

/**
 * Working days as docs/domain.md#working-days counts them: closing time (17:00 Eastern) on the N-th
 * working day after the sending's Québec date, then again N working days after the reminder's.
 * Run it in an activity: the calendar is data that may change.
 */
export function planMissionEvaluation(target: MissionEvaluationTarget, calendar: WorkingCalendar, sentAt: string): MissionEvaluationPlan {
  const sent = normalizeInstant(sentAt, 'sentAt');
  const remindAt = addWorkingDays(calendar, sent, target.reminderAfterWorkingDays);
  return {
    targetId: target.id,
    targetVersion: target.version,
    calendarId: calendar.id,
    calendarVersion: calendar.version,
    sentAt: sent,
    remindAt,
    closesAt: addWorkingDays(calendar, remindAt, target.closesAfterReminderWorkingDays),
  };
}

function requireVersion(value: unknown, field: string): void {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new InvalidCommand(field, 'must be a positive integer');
  }
}

/** Checks a plan that arrives in a command (computed by `planMissionEvaluation` in an activity). */
export function requireEvaluationPlan(value: unknown, field: string): MissionEvaluationPlan {
  if (typeof value !== 'object' || value === null) throw new InvalidCommand(field, 'must be an evaluation plan');
  const plan = value as Record<keyof MissionEvaluationPlan, unknown>;
  requireText(plan.targetId, `${field}.targetId`);
  requireVersion(plan.targetVersion, `${field}.targetVersion`);
  requireText(plan.calendarId, `${field}.calendarId`);
  requireVersion(plan.calendarVersion, `${field}.calendarVersion`);
  const sentAt = parseInstant(plan.sentAt, `${field}.sentAt`);
  const remindAt = parseInstant(plan.remindAt, `${field}.remindAt`);
  const closesAt = parseInstant(plan.closesAt, `${field}.closesAt`);
  if (remindAt <= sentAt) throw new InvalidCommand(`${field}.remindAt`, 'must be after sentAt');
  if (closesAt <= remindAt) throw new InvalidCommand(`${field}.closesAt`, 'must be after remindAt');
  return value as MissionEvaluationPlan;
}
