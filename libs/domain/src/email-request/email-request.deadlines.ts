import { ClockAlarm, nextClockAlarm } from '../service-standards/clock-alarms';
import { EmailRequestState, isEmailRequestOpen } from './email-request.state';

/** The e-mail request's only clock is the 4-working-day answer standard; it rings while the case is open. */
export function nextEmailRequestAlarm(state: EmailRequestState, nowMs: number): ClockAlarm | null {
  return isEmailRequestOpen(state) ? nextClockAlarm(state.clock, nowMs) : null;
}
