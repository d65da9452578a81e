import type { CaseStanding } from '../shared/case-standing';
import { exhaustive } from '../shared/exhaustive';
import { evolveClocks, isClockEvent, type CaseClocks } from '../service-standards/clock-decisions';
import { startClock, stopClock, type ClockOutcome } from '../service-standards/clock-state';
import type {
  Complainant,
  ComplaintChannel,
  ComplaintCloseReason,
  ComplaintConclusion,
  ComplaintConcern,
  ComplaintEvent,
  ComplaintReceived,
} from './complaint.events';
import { COMPLAINT_STANDARD_ID } from './complaint.standards';

export type ComplaintStatus = 'received' | 'assigned' | 'answered' | 'closed';

export interface ComplaintFindings {
  readonly findings: string;
  readonly conclusion: ComplaintConclusion;
  readonly recordedBy: string;
  readonly recordedAt: string;
}

export interface ComplaintAnswer {
  readonly answeredBy: string;
  readonly answeredAt: string;
}

export interface ComplaintClosure {
  readonly reason: ComplaintCloseReason;
  readonly explanation: string;
  readonly closedBy: string;
  readonly closedAt: string;
}

export interface Complaint {
  readonly status: ComplaintStatus;
  readonly caseId: string;
  readonly complainant: Complainant;
  readonly channel: ComplaintChannel;
  readonly subject: string;
  readonly concern: ComplaintConcern;
  readonly receivedAt: string;
  readonly assignee: string | null;
  /** The `complaint` clock, keyed by its standard id. */
  readonly clocks: CaseClocks;
  /** The latest findings, if any were recorded. */
  readonly findings: ComplaintFindings | null;
  readonly answer: ComplaintAnswer | null;
  readonly closure: ComplaintClosure | null;
}

export type ComplaintState = { readonly status: 'none' } | Complaint;

export type OpenComplaint = Complaint & { readonly status: 'received' | 'assigned' };

export function initialComplaintState(): ComplaintState {
  return { status: 'none' };
}

export function isComplaintOpen(state: ComplaintState): state is OpenComplaint {
  return state.status === 'received' || state.status === 'assigned';
}

/** Where the complaint stands, for the work queue and Temporal's search attributes. */
export function complaintStanding(state: ComplaintState): CaseStanding {
  return { status: state.status, assignee: state.status === 'none' ? null : state.assignee };
}

/** Applies `change` to an existing case; events for a case that does not exist change nothing. */
function onCase(state: ComplaintState, change: (complaint: Complaint) => Complaint): ComplaintState {
  return state.status === 'none' ? state : change(state);
}

/** Stops the complaint's clock if the case runs it. */
function stopped(clocks: CaseClocks, at: string, outcome: ClockOutcome): CaseClocks {
  const clock = clocks[COMPLAINT_STANDARD_ID];
  return clock ? { ...clocks, [COMPLAINT_STANDARD_ID]: stopClock(clock, at, outcome) } : clocks;
}

function received({ data }: ComplaintReceived): Complaint {
  const { caseId, complainant, channel, subject, concern, receivedAt, clock } = data;
  return {
    status: 'received',
    caseId,
    complainant,
    channel,
    subject,
    concern,
    receivedAt,
    assignee: null,
    clocks: { [clock.standardId]: startClock(clock) },
    findings: null,
    answer: null,
    closure: null,
  };
}

/** Pure and total: every event type is handled and none throws. */
export function evolveComplaint(state: ComplaintState, event: ComplaintEvent): ComplaintState {
  if (isClockEvent(event)) return onCase(state, (complaint) => ({ ...complaint, clocks: evolveClocks(complaint.clocks, event) }));
  switch (event.type) {
    case 'ComplaintReceived':
      return received(event);
    case 'ComplaintAssigned':
      return onCase(state, (complaint) => ({ ...complaint, status: 'assigned', assignee: event.data.officerId }));
    case 'ComplaintReassigned':
      return onCase(state, (complaint) => ({ ...complaint, assignee: event.data.toOfficerId }));
    case 'ComplaintFindingsRecorded':
      return onCase(state, (complaint) => ({ ...complaint, findings: { ...event.data } }));
    case 'ComplaintAnswered': {
      const { answeredBy, answeredAt, clockOutcome } = event.data;
      return onCase(state, (complaint) => ({
        ...complaint,
        status: 'answered',
        answer: { answeredBy, answeredAt },
        clocks: stopped(complaint.clocks, answeredAt, clockOutcome),
      }));
    }
    case 'ComplaintClosedWithoutAnswer':
      return onCase(state, (complaint) => ({
        ...complaint,
        status: 'closed',
        closure: { ...event.data },
        clocks: stopped(complaint.clocks, event.data.closedAt, 'cancelled'),
      }));
    default:
      return exhaustive(event, state);
  }
}
