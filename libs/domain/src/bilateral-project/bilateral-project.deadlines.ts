import { nextCaseAlarm, type ClockAlarm } from '../service-standards/clock-alarms';
import { isBilateralProjectOpen, type BilateralProjectState } from './bilateral-project.state';

/**
 * The next warning or breach the workflow must wake up for: only the analysis-result clock,
 * which runs from the end of negotiations to the notification; nothing before it starts, after
 * it stops, or once the case is closed.
 */
export function nextBilateralProjectAlarm(state: BilateralProjectState, nowMs: number): ClockAlarm | null {
  return isBilateralProjectOpen(state) ? nextCaseAlarm(state.clocks, nowMs) : null;
}
