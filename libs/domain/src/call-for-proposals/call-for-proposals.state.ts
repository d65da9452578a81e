import type { CaseStanding } from '../shared/case-standing';
import { exhaustive } from '../shared/exhaustive';
import { latest } from '../shared/validation';
import { evolveClocks, isClockEvent, type CaseClocks } from '../service-standards/clock-decisions';
import { startClock, stopClock } from '../service-standards/clock-state';
import type {
  CallForProposalsEvent,
  Criterion,
  CriterionScore,
  Organization,
  ProposalDecision,
  Programme,
  RankingDeparture,
} from './call-for-proposals.events';
import { SELECTION_STANDARD_ID } from './call-for-proposals.standards';

/**
 * open: proposals come in; evaluating: closed, evaluators at work; decided: organizations being
 * notified; completed: all notified; closed-without-proposals: nothing to select.
 */
export type CallForProposalsStatus = 'open' | 'evaluating' | 'decided' | 'completed' | 'closed-without-proposals';

export type ConflictDeclaration = 'pending' | 'none' | 'conflict';

/** One evaluator's work on one proposal. */
export interface Evaluation {
  readonly evaluatorId: string;
  readonly declaration: ConflictDeclaration;
  readonly conflictNature: string | null;
  /** When the evaluator declared (none or conflict); null while pending. */
  readonly declaredAt: string | null;
  readonly scores: readonly CriterionScore[] | null;
  readonly scoredAt: string | null;
}

export interface Proposal {
  readonly proposalId: string;
  readonly organization: Organization;
  readonly projectTitle: string;
  readonly submittedAt: string;
  /** In assignment order. */
  readonly evaluations: readonly Evaluation[];
}

export interface SelectionDecision {
  readonly decisions: readonly ProposalDecision[];
  readonly departure: RankingDeparture | null;
  readonly decidedBy: string;
  readonly decidedAt: string;
}

export interface CallForProposals {
  readonly status: CallForProposalsStatus;
  readonly caseId: string;
  readonly programme: Programme;
  readonly title: string;
  readonly criteria: readonly Criterion[];
  readonly publishedAt: string;
  readonly closesAt: string;
  readonly closedAt: string | null;
  /** In submission-recording order. */
  readonly proposals: readonly Proposal[];
  /** `call-for-proposals-selection`, from closing until every organization is notified. */
  readonly clocks: CaseClocks;
  readonly decision: SelectionDecision | null;
  /** Organization ids, in notification order. */
  readonly notified: readonly string[];
  /** When the last organization (by fact, not by recording) was told; absent from calls continued before it was kept. */
  readonly latestNotificationAt?: string;
}

export type CallForProposalsState = { readonly status: 'none' } | CallForProposals;

export type OpenCallForProposals = CallForProposals & { readonly status: 'open' | 'evaluating' | 'decided' };

const OPEN_STATUSES: readonly CallForProposalsStatus[] = ['open', 'evaluating', 'decided'];

export function initialCallForProposalsState(): CallForProposalsState {
  return { status: 'none' };
}

/** A case the workflow still runs: proposals, evaluation or notifications are pending. */
export function isCallForProposalsOpen(state: CallForProposalsState): state is OpenCallForProposals {
  return state.status !== 'none' && OPEN_STATUSES.includes(state.status);
}

/** Where the call stands, for the work queue and Temporal's search attributes. */
export function callForProposalsStanding(state: CallForProposalsState): CaseStanding {
  return { status: state.status, assignee: null };
}

/** Applies `change` to an existing call; events for a call that does not exist change nothing. */
function onCall(state: CallForProposalsState, change: (call: CallForProposals) => CallForProposals): CallForProposalsState {
  return state.status === 'none' ? state : change(state);
}

/** Applies `change` to one evaluator's evaluation of one proposal; unknown ones change nothing. */
function onEvaluation(
  state: CallForProposalsState,
  proposalId: string,
  evaluatorId: string,
  change: (evaluation: Evaluation) => Evaluation,
): CallForProposalsState {
  return onCall(state, (call) => ({
    ...call,
    proposals: call.proposals.map((proposal) =>
      proposal.proposalId !== proposalId
        ? proposal
        : {
            ...proposal,
            evaluations: proposal.evaluations.map((evaluation) =>
              evaluation.evaluatorId === evaluatorId ? change(evaluation) : evaluation,
            ),
          },
    ),
  }));
}

function assigned(proposal: Proposal, evaluatorIds: readonly string[]): Proposal {
  const added = evaluatorIds.map((evaluatorId): Evaluation => ({
    evaluatorId,
    declaration: 'pending',
    conflictNature: null,
    declaredAt: null,
    scores: null,
    scoredAt: null,
  }));
  return { ...proposal, evaluations: [...proposal.evaluations, ...added] };
}

function published(event: Extract<CallForProposalsEvent, { type: 'CallForProposalsPublished' }>): CallForProposals {
  const { caseId, programme, title, criteria, closesAt, publishedAt } = event.data;
  return {
    status: 'open',
    caseId,
    programme,
    title,
    criteria,
    publishedAt,
    closesAt,
    closedAt: null,
    proposals: [],
    clocks: {},
    decision: null,
    notified: [],
  };
}

function stopSelectionClock(clocks: CaseClocks, at: string, outcome: 'met' | 'late'): CaseClocks {
  const clock = clocks[SELECTION_STANDARD_ID];
  return clock ? { ...clocks, [SELECTION_STANDARD_ID]: stopClock(clock, at, outcome) } : clocks;
}

/** Pure and total: every event type is handled and none throws. */
export function evolveCallForProposals(state: CallForProposalsState, event: CallForProposalsEvent): CallForProposalsState {
  if (isClockEvent(event)) return onCall(state, (call) => ({ ...call, clocks: evolveClocks(call.clocks, event) }));
  switch (event.type) {
    case 'CallForProposalsPublished':
      return published(event);
    case 'ProposalSubmitted': {
      const { proposalId, organization, projectTitle, submittedAt } = event.data;
      const proposal: Proposal = { proposalId, organization, projectTitle, submittedAt, evaluations: [] };
      return onCall(state, (call) => ({ ...call, proposals: [...call.proposals, proposal] }));
    }
    case 'CallForProposalsExtended':
      return onCall(state, (call) => ({ ...call, closesAt: event.data.closesAt }));
    case 'CallForProposalsClosed': {
      const { closedAt, clock } = event.data;
      return onCall(state, (call) => ({
        ...call,
        status: clock ? 'evaluating' : 'closed-without-proposals',
        closedAt,
        clocks: clock ? { [clock.standardId]: startClock(clock) } : {},
      }));
    }
    case 'EvaluatorsAssigned': {
      const { proposalId, evaluatorIds } = event.data;
      return onCall(state, (call) => ({
        ...call,
        proposals: call.proposals.map((p) => (p.proposalId === proposalId ? assigned(p, evaluatorIds) : p)),
      }));
    }
    case 'NoConflictOfInterestDeclared': {
      const { proposalId, evaluatorId, declaredAt } = event.data;
      return onEvaluation(state, proposalId, evaluatorId, (e) => ({ ...e, declaration: 'none', declaredAt }));
    }
    case 'ConflictOfInterestDeclared': {
      const { proposalId, evaluatorId, nature, declaredAt, alsoRecusedFrom } = event.data;
      const recused = (e: Evaluation): Evaluation => ({ ...e, declaration: 'conflict', conflictNature: nature, declaredAt });
      return [proposalId, ...alsoRecusedFrom.map((recusal) => recusal.proposalId)].reduce(
        (current, id) => onEvaluation(current, id, evaluatorId, recused),
        state,
      );
    }
    case 'ProposalScored': {
      const { proposalId, evaluatorId, scores, scoredAt } = event.data;
      return onEvaluation(state, proposalId, evaluatorId, (e) => ({ ...e, scores, scoredAt }));
    }
    case 'SelectionDecided': {
      const { decisions, departure, decidedBy, decidedAt } = event.data;
      return onCall(state, (call) => ({ ...call, status: 'decided', decision: { decisions, departure, decidedBy, decidedAt } }));
    }
    case 'OrganizationNotified':
      return onCall(state, (call) => ({
        ...call,
        notified: [...call.notified, event.data.organization.id],
        latestNotificationAt: latest(call.latestNotificationAt, event.data.notifiedAt),
      }));
    case 'AllOrganizationsNotified': {
      const { completedAt, clockOutcome } = event.data;
      return onCall(state, (call) => ({
        ...call,
        status: 'completed',
        clocks: stopSelectionClock(call.clocks, completedAt, clockOutcome),
      }));
    }
    default:
      return exhaustive(event, state);
  }
}
