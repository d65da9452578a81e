import type { Role } from '../shared/command';
import type { ChainedClockCommand } from './clock-decisions';

/** Only the workflow's timers and calendar re-plans move a clock: staff never do. */
export const CLOCK_COMMAND_PERMISSIONS: Readonly<Record<ChainedClockCommand['type'], readonly Role[]>> = {
  RaiseServiceStandardWarning: ['system'],
  RecordServiceStandardBreach: ['system'],
  EscalateServiceStandardBreach: ['system'],
  MoveServiceStandardDueDate: ['system'],
};
