import type { Role } from '../shared/command';
import type { ChainedClockCommand } from './clock-decisions';

/** The workflow's timers and calendar re-plans drive a clock; staff only pause and resume it. */
export const CLOCK_COMMAND_PERMISSIONS: Readonly<Record<ChainedClockCommand['type'], readonly Role[]>> = {
  RaiseServiceStandardWarning: ['system'],
  RecordServiceStandardBreach: ['system'],
  EscalateServiceStandardBreach: ['system'],
  MoveServiceStandardDueDate: ['system'],
  // Staff who hold cases pause a clock while waiting on the requester, and resume it.
  PauseServiceStandardClock: ['case-officer', 'coordinator', 'supervisor', 'director', 'secretary-general'],
  ResumeServiceStandardClock: ['case-officer', 'coordinator', 'supervisor', 'director', 'secretary-general'],
};
