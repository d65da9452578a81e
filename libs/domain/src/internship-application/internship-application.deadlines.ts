import { nextCaseAlarm, type ClockAlarm } from '../service-standards/clock-alarms';
import { isInternshipApplicationOpen, type InternshipApplicationState } from './internship-application.state';

/**
 * The next warning or breach the workflow must wake up for: the eligibility-reply clock after
 * filing, the interview-reply clock after the interview; nothing once the case is closed.
 */
export function nextInternshipApplicationAlarm(state: InternshipApplicationState, nowMs: number): ClockAlarm | null {
  return isInternshipApplicationOpen(state) ? nextCaseAlarm(state.clocks, nowMs) : null;
}
