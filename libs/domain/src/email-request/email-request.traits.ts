import { caseAlarmOf, hasOpened, type CaseTraits } from '../case-traits';
import { nextEmailRequestAlarm } from './email-request.deadlines';
import { emailRequestStanding, isEmailRequestOpen, type EmailRequest, type EmailRequestState } from './email-request.state';

/** How an e-mail request reads to its workflow and to the work queue. */
export const emailRequestTraits: CaseTraits<EmailRequestState, EmailRequest> = {
  isOpened: hasOpened,
  isOpen: isEmailRequestOpen,
  clocks: (state) => (hasOpened(state) ? [state.clock] : []),
  nextAlarm: (state, nowMs) => caseAlarmOf(nextEmailRequestAlarm(state, nowMs)),
  standing: emailRequestStanding,
};
