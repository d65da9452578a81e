export { standardInForce, STANDARDS_TIME_ZONE, type ServiceStandard } from './service-standard';
export { planClock, requireClockFor, requireClockPlan, type ClockPlan } from './clock-plan';
export {
  clockStatus,
  clockEscalatedTo,
  startClock,
  stopClock,
  outcomeAt,
  assertWarningDue,
  assertBreachDue,
  type ClockState,
  type ClockStatus,
  type ClockOutcome,
} from './clock-state';
export type {
  AssigneeRole,
  ServiceStandardWarning,
  ServiceStandardBreached,
  ServiceStandardBreachEscalated,
  ServiceStandardDueDateMoved,
} from './clock.events';
export { nextClockAlarm, nextCaseAlarm, type ClockAlarm } from './clock-alarms';
export type {
  ClockCommand,
  EscalateServiceStandardBreach,
  MoveServiceStandardDueDate,
  RaiseServiceStandardWarning,
  RecordServiceStandardBreach,
} from './clock.commands';
export {
  breachOf,
  decideClockCommand,
  furtherEscalationOf,
  clocksInOrder,
  dueDateMoveOf,
  isClockCommand,
  isClockEvent,
  type ChainedClockCommand,
  type ChainedClockEvent,
  evolveClock,
  evolveClocks,
  warningOf,
  type CaseClocks,
  type ClockEvent,
} from './clock-decisions';
export { reviseStandard, ESCALATION_ROLES, type StandardRevision } from './standard-revision';
export { CLOCK_COMMAND_PERMISSIONS } from './clock.permissions';
export { evolvePause, pauseOf, resumeOf } from './clock-pauses';
export { resumedPlan } from './clock-plan';
export type { PauseServiceStandardClock, ResumeServiceStandardClock } from './clock.commands';
export type { ServiceStandardClockPaused, ServiceStandardClockResumed } from './clock.events';
export type { ClockPause } from './clock-state';
