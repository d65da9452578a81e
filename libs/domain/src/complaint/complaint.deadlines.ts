import { nextCaseAlarm, type ClockAlarm } from '../service-standards/clock-alarms';
import { isComplaintOpen, type ComplaintState } from './complaint.state';

/**
 * The next warning or breach of the fifteen-working-day `complaint` clock the workflow must wake
 * up for; nothing once the complaint is answered or closed.
 */
export function nextComplaintAlarm(state: ComplaintState, nowMs: number): ClockAlarm | null {
  return isComplaintOpen(state) ? nextCaseAlarm(state.clocks, nowMs) : null;
}
