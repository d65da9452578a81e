import { nextCaseAlarm, type ClockAlarm } from '../service-standards/clock-alarms';
import { isCallForProposalsOpen, type CallForProposalsState } from './call-for-proposals.state';

/**
 * The closing timer. Like the shared `ClockAlarm`, `type` names the command to issue at `at`;
 * before issuing `CloseCallForProposals` the workflow plans the selection clock (activity).
 */
export interface CallClosingAlarm {
  readonly type: 'CloseCallForProposals';
  readonly at: string;
}

/**
 * A union rather than an extension of `ClockAlarm`: the closing alarm belongs to no service
 * standard, so it has no `standardId`, and the workflow switches on `type` to build the command.
 */
export type CallForProposalsAlarm = CallClosingAlarm | ClockAlarm;

/**
 * What the workflow must wake up for next: the closing while the call is open (moved by an
 * extension), then the selection clock's warning and breach; nothing once the case has ended.
 */
export function nextCallForProposalsAlarm(state: CallForProposalsState, nowMs: number): CallForProposalsAlarm | null {
  if (state.status === 'open') return { type: 'CloseCallForProposals', at: state.closesAt };
  return isCallForProposalsOpen(state) ? nextCaseAlarm(state.clocks, nowMs) : null;
}
