import { CommandRefused } from '../shared/errors';
import { parseInstant } from '../shared/validation';
import type { ClockCommand, EscalateServiceStandardBreach } from './clock.commands';
import type { ServiceStandardBreached, ServiceStandardBreachEscalated, ServiceStandardWarning } from './clock.events';
import { assertBreachDue, assertFurtherEscalationDue, assertWarningDue, type ClockState } from './clock-state';

export type ClockEvent = ServiceStandardWarning | ServiceStandardBreached;
/** With a standard's escalation chain: one level up when a breach stays open. */
export type ChainedClockEvent = ClockEvent | ServiceStandardBreachEscalated;
export type ChainedClockCommand = ClockCommand | EscalateServiceStandardBreach;

/**
 * The service-standard clocks of one case, by standard id: most cases run one, some run several
 * one after the other (an internship's eligibility reply, then its reply after the interview).
 */
export type CaseClocks = Readonly<Record<string, ClockState>>;

/** The warning, to the assignee; nobody assigned yet, to the supervisors, who are the ones who assign. */
export function warningOf(clock: ClockState, nowMs: number, assignee: string | null): ServiceStandardWarning {
  assertWarningDue(clock, nowMs);
  const notify =
    assignee === null ? { role: 'supervisor' as const, officerId: null } : { role: 'case-officer' as const, officerId: assignee };
  const { standardId, standardVersion, dueAt } = clock.plan;
  return { type: 'ServiceStandardWarning', data: { standardId, standardVersion, dueAt, warnedAt: new Date(nowMs).toISOString(), notify } };
}

export function breachOf(clock: ClockState, nowMs: number): ServiceStandardBreached {
  assertBreachDue(clock, nowMs);
  const { standardId, standardVersion, dueAt, escalateTo } = clock.plan;
  return { type: 'ServiceStandardBreached', data: { standardId, standardVersion, dueAt, breachedAt: new Date(nowMs).toISOString(), escalatedTo: escalateTo } };
}

export function furtherEscalationOf(clock: ClockState, nowMs: number): ServiceStandardBreachEscalated {
  const { to } = assertFurtherEscalationDue(clock, nowMs);
  const { standardId, standardVersion, dueAt } = clock.plan;
  return { type: 'ServiceStandardBreachEscalated', data: { standardId, standardVersion, dueAt, escalatedAt: new Date(nowMs).toISOString(), escalatedTo: to } };
}

/** Decides a timer's command against the clock it names. */
export function decideClockCommand(command: ClockCommand, clocks: CaseClocks, assignee: string | null): ClockEvent[];
export function decideClockCommand(command: ChainedClockCommand, clocks: CaseClocks, assignee: string | null): ChainedClockEvent[];
export function decideClockCommand(command: ChainedClockCommand, clocks: CaseClocks, assignee: string | null): ChainedClockEvent[] {
  const clock = clocks[command.data.standardId];
  if (!clock) throw new CommandRefused(`no ${command.data.standardId} clock runs in this case`);
  const nowMs = parseInstant(command.metadata.now, 'metadata.now');
  switch (command.type) {
    case 'RaiseServiceStandardWarning':
      return [warningOf(clock, nowMs, assignee)];
    case 'RecordServiceStandardBreach':
      return [breachOf(clock, nowMs)];
    default:
      return [furtherEscalationOf(clock, nowMs)];
  }
}

export function evolveClock(clock: ClockState, event: ChainedClockEvent): ClockState {
  switch (event.type) {
    case 'ServiceStandardWarning':
      return { ...clock, warned: true };
    case 'ServiceStandardBreached':
      return { ...clock, breached: true };
    default:
      return { ...clock, escalatedFurther: true };
  }
}

/** Applies a clock event to the clock it names; an event for an unknown clock changes nothing. */
export function evolveClocks(clocks: CaseClocks, event: ChainedClockEvent): CaseClocks {
  const clock = clocks[event.data.standardId];
  return clock ? { ...clocks, [event.data.standardId]: evolveClock(clock, event) } : clocks;
}
