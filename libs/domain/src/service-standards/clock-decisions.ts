import { CommandRefused, InvalidCommand } from '../shared/errors';
import { nowOf, requireText } from '../shared/validation';
import type {
  ClockCommand,
  EscalateServiceStandardBreach,
  MoveServiceStandardDueDate,
  PauseServiceStandardClock,
  ResumeServiceStandardClock,
} from './clock.commands';
import type {
  AssigneeRole,
  ServiceStandardBreached,
  ServiceStandardBreachEscalated,
  ServiceStandardClockPaused,
  ServiceStandardClockResumed,
  ServiceStandardDueDateMoved,
  ServiceStandardWarning,
} from './clock.events';
import { evolvePause, pauseOf, resumeOf } from './clock-pauses';
import { requireClockPlan } from './clock-plan';
import { assertBreachDue, assertFurtherEscalationDue, assertWarningDue, type ClockState } from './clock-state';

export type ClockEvent = ServiceStandardWarning | ServiceStandardBreached;
/**
 * Everything a case's clocks do: warn, breach, escalate one level up when a breach stays open,
 * and move when the calendar changes under them.
 */
export type ChainedClockEvent =
  ClockEvent | ServiceStandardBreachEscalated | ServiceStandardDueDateMoved | ServiceStandardClockPaused | ServiceStandardClockResumed;
export type ChainedClockCommand =
  ClockCommand | EscalateServiceStandardBreach | MoveServiceStandardDueDate | PauseServiceStandardClock | ResumeServiceStandardClock;

/** A record, so that a clock command added to the union cannot be left out. */
const CLOCK_COMMAND_TYPES: Readonly<Record<ChainedClockCommand['type'], true>> = {
  RaiseServiceStandardWarning: true,
  RecordServiceStandardBreach: true,
  EscalateServiceStandardBreach: true,
  MoveServiceStandardDueDate: true,
  PauseServiceStandardClock: true,
  ResumeServiceStandardClock: true,
};

export function isClockCommand<C extends { type: string }>(command: C): command is Extract<C, ChainedClockCommand> {
  return Object.hasOwn(CLOCK_COMMAND_TYPES, command.type);
}

/** A record, so that a clock event added to the union cannot be left out. */
const CLOCK_EVENT_TYPES: Readonly<Record<ChainedClockEvent['type'], true>> = {
  ServiceStandardWarning: true,
  ServiceStandardBreached: true,
  ServiceStandardBreachEscalated: true,
  ServiceStandardDueDateMoved: true,
  ServiceStandardClockPaused: true,
  ServiceStandardClockResumed: true,
};

/** Whether a case's event is one its clocks write: every case type folds them the same way. */
export function isClockEvent<E extends { type: string }>(event: E): event is Extract<E, ChainedClockEvent> {
  return Object.hasOwn(CLOCK_EVENT_TYPES, event.type);
}

/**
 * The service-standard clocks of one case, by standard id: most cases run one, some run several
 * one after the other (an internship's eligibility reply, then its reply after the interview).
 */
export type CaseClocks = Readonly<Record<string, ClockState>>;

/** The warning, to the assignee; nobody assigned yet, to the supervisors, who are the ones who assign. */
export function warningOf(
  clock: ClockState,
  nowMs: number,
  assignee: string | null,
  assigneeRole: AssigneeRole = 'case-officer',
): ServiceStandardWarning {
  assertWarningDue(clock, nowMs);
  const notify = assignee === null ? { role: 'supervisor' as const, officerId: null } : { role: assigneeRole, officerId: assignee };
  const { standardId, standardVersion, dueAt } = clock.plan;
  return { type: 'ServiceStandardWarning', data: { standardId, standardVersion, dueAt, warnedAt: new Date(nowMs).toISOString(), notify } };
}

export function breachOf(clock: ClockState, nowMs: number): ServiceStandardBreached {
  assertBreachDue(clock, nowMs);
  const { standardId, standardVersion, dueAt, escalateTo } = clock.plan;
  return {
    type: 'ServiceStandardBreached',
    data: { standardId, standardVersion, dueAt, breachedAt: new Date(nowMs).toISOString(), escalatedTo: escalateTo },
  };
}

export function furtherEscalationOf(clock: ClockState, nowMs: number): ServiceStandardBreachEscalated {
  const { to } = assertFurtherEscalationDue(clock, nowMs);
  const { standardId, standardVersion, dueAt } = clock.plan;
  return {
    type: 'ServiceStandardBreachEscalated',
    data: { standardId, standardVersion, dueAt, escalatedAt: new Date(nowMs).toISOString(), escalatedTo: to },
  };
}

/**
 * A running clock planned again on a new calendar: same standard version and start, new
 * deadlines. A breach already recorded stands, so a breached clock does not move.
 */
export function dueDateMoveOf(clock: ClockState, command: MoveServiceStandardDueDate): ServiceStandardDueDateMoved {
  const plan = requireClockPlan(command.data.plan, 'plan');
  const reason = requireText(command.data.reason, 'reason').trim();
  const { standardId, standardVersion, startedAt, warnAt, dueAt } = clock.plan;
  if (clock.stoppedAt !== null) throw new CommandRefused(`the clock stopped at ${clock.stoppedAt}`);
  if (clock.breached) throw new CommandRefused(`the ${standardId} standard is already breached; the breach stands`);
  if (plan.standardId !== standardId || plan.standardVersion !== standardVersion || Date.parse(plan.startedAt) !== Date.parse(startedAt)) {
    throw new InvalidCommand('plan', `must re-plan version ${standardVersion} of ${standardId} from ${startedAt}`);
  }
  if (plan.dueAt === dueAt && plan.warnAt === warnAt) throw new CommandRefused('the deadlines did not change');
  return { type: 'ServiceStandardDueDateMoved', data: { standardId, from: { warnAt, dueAt }, plan, reason } };
}

/** Decides a timer's command against the clock it names. */
export function decideClockCommand(
  command: ClockCommand,
  clocks: CaseClocks,
  assignee: string | null,
  assigneeRole?: AssigneeRole,
): ClockEvent[];
export function decideClockCommand(
  command: ChainedClockCommand,
  clocks: CaseClocks,
  assignee: string | null,
  assigneeRole?: AssigneeRole,
): ChainedClockEvent[];
export function decideClockCommand(
  command: ChainedClockCommand,
  clocks: CaseClocks,
  assignee: string | null,
  assigneeRole?: AssigneeRole,
): ChainedClockEvent[] {
  const clock = clocks[command.data.standardId];
  if (!clock) throw new CommandRefused(`no ${command.data.standardId} clock runs in this case`);
  const nowMs = nowOf(command.metadata);
  switch (command.type) {
    case 'RaiseServiceStandardWarning':
      return [warningOf(clock, nowMs, assignee, assigneeRole)];
    case 'RecordServiceStandardBreach':
      return [breachOf(clock, nowMs)];
    case 'EscalateServiceStandardBreach':
      return [furtherEscalationOf(clock, nowMs)];
    case 'PauseServiceStandardClock':
      return [pauseOf(clock, command, nowMs)];
    case 'ResumeServiceStandardClock':
      return [resumeOf(clock, command, nowMs)];
    default:
      return [dueDateMoveOf(clock, command)];
  }
}

export function evolveClock(clock: ClockState, event: ChainedClockEvent): ClockState {
  switch (event.type) {
    case 'ServiceStandardWarning':
      return { ...clock, warned: true };
    case 'ServiceStandardBreached':
      return { ...clock, breached: true };
    case 'ServiceStandardBreachEscalated':
      return { ...clock, escalatedFurther: true };
    case 'ServiceStandardClockPaused':
    case 'ServiceStandardClockResumed':
      return evolvePause(clock, event);
    default:
      return { ...clock, plan: event.data.plan };
  }
}

/** Applies a clock event to the clock it names; an event for an unknown clock changes nothing. */
export function evolveClocks(clocks: CaseClocks, event: ChainedClockEvent): CaseClocks {
  const clock = clocks[event.data.standardId];
  return clock ? { ...clocks, [event.data.standardId]: evolveClock(clock, event) } : clocks;
}

/** A case's clocks in the order they started (an internship's eligibility reply, then its final reply). */
export function clocksInOrder(clocks: CaseClocks): ClockState[] {
  return Object.values(clocks).sort((a, b) => Date.parse(a.plan.startedAt) - Date.parse(b.plan.startedAt));
}
