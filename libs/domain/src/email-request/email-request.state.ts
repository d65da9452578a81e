import type { CaseStanding } from '../shared/case-standing';
import { exhaustive } from '../shared/exhaustive';
import { evolveClock, isClockEvent } from '../service-standards/clock-decisions';
import { startClock, stopClock, type ClockState } from '../service-standards/clock-state';
import type { CloseWithoutAnswerReason, EmailRequestEvent, EmailSender, ReplyLanguage } from './email-request.events';

export interface EmailRequestClosure {
  readonly reason: CloseWithoutAnswerReason;
  readonly explanation: string;
  readonly duplicateOf: string | null;
  readonly closedAt: string;
}

export interface EmailRequest {
  readonly status: 'received' | 'assigned' | 'answered' | 'closed';
  readonly caseId: string;
  readonly sender: EmailSender;
  readonly subject: string;
  readonly replyLanguage: ReplyLanguage;
  readonly receivedAt: string;
  readonly assignee: string | null;
  readonly clock: ClockState;
  readonly answeredAt: string | null;
  readonly closure: EmailRequestClosure | null;
}

export type EmailRequestState = { readonly status: 'none' } | EmailRequest;

export type OpenEmailRequest = EmailRequest & { readonly status: 'received' | 'assigned' };

export function initialEmailRequestState(): EmailRequestState {
  return { status: 'none' };
}

export function isEmailRequestOpen(state: EmailRequestState): state is OpenEmailRequest {
  return state.status === 'received' || state.status === 'assigned';
}

/** Where the e-mail request stands, for the work queue and Temporal's search attributes. */
export function emailRequestStanding(state: EmailRequestState): CaseStanding {
  return { status: state.status, assignee: state.status === 'none' ? null : state.assignee };
}

/** Applies `change` to an existing case; events for a case that does not exist change nothing. */
function onCase(state: EmailRequestState, change: (request: EmailRequest) => EmailRequest): EmailRequestState {
  return state.status === 'none' ? state : change(state);
}

/** Pure and total: every event type is handled and none throws. */
export function evolveEmailRequest(state: EmailRequestState, event: EmailRequestEvent): EmailRequestState {
  if (isClockEvent(event)) return onCase(state, (request) => ({ ...request, clock: evolveClock(request.clock, event) }));
  switch (event.type) {
    case 'EmailRequestReceived': {
      const { caseId, sender, subject, replyLanguage, receivedAt, clock } = event.data;
      return {
        status: 'received',
        caseId,
        sender,
        subject,
        replyLanguage,
        receivedAt,
        assignee: null,
        clock: startClock(clock),
        answeredAt: null,
        closure: null,
      };
    }
    case 'EmailRequestAssigned':
      return onCase(state, (request) => ({ ...request, status: 'assigned', assignee: event.data.officerId }));
    case 'EmailRequestReassigned':
      return onCase(state, (request) => ({ ...request, assignee: event.data.toOfficerId }));
    case 'EmailRequestAnswered': {
      const { answeredAt, clockOutcome } = event.data;
      return onCase(state, (request) => ({
        ...request,
        status: 'answered',
        answeredAt,
        clock: stopClock(request.clock, answeredAt, clockOutcome),
      }));
    }
    case 'EmailRequestClosedWithoutAnswer':
      return onCase(state, (request) => ({
        ...request,
        status: 'closed',
        closure: { ...event.data },
        clock: stopClock(request.clock, event.data.closedAt, 'cancelled'),
      }));
    default:
      return exhaustive(event, state);
  }
}
