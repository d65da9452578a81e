import type { CaseStanding } from '../shared/case-standing';
import { exhaustive } from '../shared/exhaustive';
import { evolveClocks, isClockEvent, type CaseClocks } from '../service-standards/clock-decisions';
import { startClock, stopClock, type ClockOutcome } from '../service-standards/clock-state';
import type {
  Candidate,
  EligibilityDecision,
  FinalDecision,
  InterviewFormat,
  InternshipApplicationEvent,
} from './internship-application.events';
import { ELIGIBILITY_REPLY_STANDARD_ID, INTERVIEW_REPLY_STANDARD_ID } from './internship-application.standards';

export type InternshipApplicationStatus =
  'filed' | 'eligible' | 'interview-scheduled' | 'interviewed' | 'not-eligible' | 'selected' | 'not-selected' | 'withdrawn';

export interface Interview {
  readonly scheduledFor: string;
  readonly format: InterviewFormat;
  readonly heldAt: string | null;
}

export interface SentReply {
  readonly sentBy: string;
  readonly sentAt: string;
}

export interface InternshipApplication {
  readonly status: InternshipApplicationStatus;
  readonly caseId: string;
  readonly candidate: Candidate;
  readonly preferredOrganizations: readonly string[];
  readonly filedAt: string;
  readonly assignee: string | null;
  /** `internship-eligibility-reply` from filing, then `internship-interview-reply` from the interview. */
  readonly clocks: CaseClocks;
  readonly eligibility: (EligibilityDecision & SentReply) | null;
  readonly interview: Interview | null;
  readonly finalReply: (FinalDecision & SentReply) | null;
  readonly withdrawal: { readonly reason: string | null; readonly withdrawnAt: string } | null;
}

export type InternshipApplicationState = { readonly status: 'none' } | InternshipApplication;

export type OpenInternshipApplication = InternshipApplication & {
  readonly status: 'filed' | 'eligible' | 'interview-scheduled' | 'interviewed';
};

const OPEN_STATUSES: readonly InternshipApplicationStatus[] = ['filed', 'eligible', 'interview-scheduled', 'interviewed'];

export function initialInternshipApplicationState(): InternshipApplicationState {
  return { status: 'none' };
}

export function isInternshipApplicationOpen(state: InternshipApplicationState): state is OpenInternshipApplication {
  return state.status !== 'none' && OPEN_STATUSES.includes(state.status);
}

/** Where the application stands, for the work queue and Temporal's search attributes. */
export function internshipApplicationStanding(state: InternshipApplicationState): CaseStanding {
  return { status: state.status, assignee: state.status === 'none' ? null : state.assignee };
}

/** Applies `change` to an existing case; events for a case that does not exist change nothing. */
function onCase(
  state: InternshipApplicationState,
  change: (application: InternshipApplication) => InternshipApplication,
): InternshipApplicationState {
  return state.status === 'none' ? state : change(state);
}

/** Stops the named clock if the case runs it; a reply without a clock (no interview) changes none. */
function stopped(clocks: CaseClocks, standardId: string, at: string, outcome: ClockOutcome | null): CaseClocks {
  const clock = clocks[standardId];
  return clock && outcome !== null ? { ...clocks, [standardId]: stopClock(clock, at, outcome) } : clocks;
}

function cancelled(clocks: CaseClocks, standardIds: readonly string[], at: string): CaseClocks {
  return standardIds.reduce((current, id) => stopped(current, id, at, 'cancelled'), clocks);
}

function filed(event: Extract<InternshipApplicationEvent, { type: 'InternshipApplicationFiled' }>): InternshipApplication {
  const { caseId, candidate, preferredOrganizations, filedAt, clock } = event.data;
  return {
    status: 'filed',
    caseId,
    candidate,
    preferredOrganizations,
    filedAt,
    assignee: null,
    clocks: { [clock.standardId]: startClock(clock) },
    eligibility: null,
    interview: null,
    finalReply: null,
    withdrawal: null,
  };
}

/** Pure and total: every event type is handled and none throws. */
export function evolveInternshipApplication(
  state: InternshipApplicationState,
  event: InternshipApplicationEvent,
): InternshipApplicationState {
  if (isClockEvent(event)) return onCase(state, (app) => ({ ...app, clocks: evolveClocks(app.clocks, event) }));
  switch (event.type) {
    case 'InternshipApplicationFiled':
      return filed(event);
    case 'InternshipApplicationAssigned':
      return onCase(state, (app) => ({ ...app, assignee: event.data.officerId }));
    case 'InternshipApplicationReassigned':
      return onCase(state, (app) => ({ ...app, assignee: event.data.toOfficerId }));
    case 'EligibilityReplySent': {
      const { clockOutcome, recordedAt: _recorded, ...reply } = event.data;
      return onCase(state, (app) => ({
        ...app,
        status: reply.decision,
        eligibility: reply,
        clocks: stopped(app.clocks, ELIGIBILITY_REPLY_STANDARD_ID, reply.sentAt, clockOutcome),
      }));
    }
    case 'InterviewScheduled': {
      const { scheduledFor, format } = event.data;
      return onCase(state, (app) => ({ ...app, status: 'interview-scheduled', interview: { scheduledFor, format, heldAt: null } }));
    }
    case 'InterviewHeld': {
      const { heldAt, clock } = event.data;
      return onCase(state, (app) => ({
        ...app,
        status: 'interviewed',
        interview: app.interview && { ...app.interview, heldAt },
        clocks: { ...app.clocks, [clock.standardId]: startClock(clock) },
      }));
    }
    case 'FinalReplySent': {
      const { clockOutcome, recordedAt: _recorded, ...reply } = event.data;
      return onCase(state, (app) => ({
        ...app,
        status: reply.decision,
        finalReply: reply,
        clocks: stopped(app.clocks, INTERVIEW_REPLY_STANDARD_ID, reply.sentAt, clockOutcome),
      }));
    }
    case 'InternshipApplicationWithdrawn': {
      const { reason, withdrawnAt, cancelledClocks } = event.data;
      return onCase(state, (app) => ({
        ...app,
        status: 'withdrawn',
        withdrawal: { reason, withdrawnAt },
        clocks: cancelled(app.clocks, cancelledClocks, withdrawnAt),
      }));
    }
    default:
      return exhaustive(event, state);
  }
}
