import { nextCaseAlarm, type ClockAlarm } from '../service-standards/clock-alarms';
import { isCooperationEngagementOpen, type CooperationEngagementState } from './cooperation-engagement.state';

/**
 * The next warning or breach the workflow must wake up for: the partner-answer clock while a
 * proposed plan awaits its answer, the activity-report clock after delivery is complete; nothing
 * between them, and nothing once the engagement is closed.
 */
export function nextCooperationEngagementAlarm(state: CooperationEngagementState, nowMs: number): ClockAlarm | null {
  return isCooperationEngagementOpen(state) ? nextCaseAlarm(state.clocks, nowMs) : null;
}
