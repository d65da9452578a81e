import type { Event } from '../shared/event';
import type { ClockPlan } from '../service-standards/clock-plan';
import type { ChainedClockEvent } from '../service-standards/clock-decisions';

/** The two programmes whose projects are selected from organizations' proposals (declaration of services). */
export type Programme = 'humanitarian-action' | 'quebec-without-borders';

export const PROGRAMMES: readonly Programme[] = ['humanitarian-action', 'quebec-without-borders'];

/** A selection criterion, published with the call so that every proposal is judged on the same grid. */
export interface Criterion {
  readonly id: string;
  readonly title: string;
  /** Scores run from 0 to `maxScore`. */
  readonly maxScore: number;
  /** Relative weight in the ranking (see call-for-proposals.ranking.ts). */
  readonly weight: number;
}

/** A Québec international cooperation organization; `id` groups its proposals for the notification. */
export interface Organization {
  readonly id: string;
  readonly name: string;
  /** Named `email` as in every case type (schema 1 of its events named it `contactEmail`). */
  readonly email: string;
}

export interface CriterionScore {
  readonly criterionId: string;
  readonly score: number;
  readonly comment: string;
}

export type SelectionOutcome = 'selected' | 'not-selected';

export const SELECTION_OUTCOMES: readonly SelectionOutcome[] = ['selected', 'not-selected'];

/** One proposal's outcome, with its place in the ranking when the decision was made. */
export interface ProposalDecision {
  readonly proposalId: string;
  readonly organizationId: string;
  readonly outcome: SelectionOutcome;
  readonly reasons: string;
  readonly rank: number;
  /** Weighted score out of 100, to the hundredth. */
  readonly score: number;
}

/**
 * Outcomes that do not follow the ranking: a proposal selected below one not selected, or not
 * selected above one selected. `justification` is null only in a decision recorded before
 * departures had to be justified (schema 1 of `SelectionDecided`).
 */
export interface RankingDeparture {
  readonly proposalIds: readonly string[];
  readonly justification: string | null;
}

/** A further proposal an evaluator is recused from, and whether a score they gave it stops counting. */
export interface Recusal {
  readonly proposalId: string;
  readonly scoreVoided: boolean;
}

/** What an organization is told about one of its proposals. */
export interface NotifiedOutcome {
  readonly proposalId: string;
  readonly projectTitle: string;
  readonly outcome: SelectionOutcome;
  readonly reasons: string;
}

export type CallForProposalsPublished = Event<
  'CallForProposalsPublished',
  {
    caseId: string;
    programme: Programme;
    title: string;
    criteria: readonly Criterion[];
    closesAt: string;
    publishedBy: string;
    publishedAt: string;
  }
>;

/** `submittedAt` is when the organization submitted it, which may precede its recording. */
export type ProposalSubmitted = Event<
  'ProposalSubmitted',
  { proposalId: string; organization: Organization; projectTitle: string; submittedAt: string; recordedBy: string }
>;

/** The closing instant moved later, before the call closed. */
export type CallForProposalsExtended = Event<
  'CallForProposalsExtended',
  { previousClosesAt: string; closesAt: string; reason: string; extendedBy: string; extendedAt: string }
>;

/**
 * Closed at its closing instant. Starts the selection clock, unless no proposal came in (`clock`
 * null: no selection is owed and the case ends).
 */
export type CallForProposalsClosed = Event<'CallForProposalsClosed', { closedAt: string; proposalCount: number; clock: ClockPlan | null }>;

export type EvaluatorsAssigned = Event<
  'EvaluatorsAssigned',
  { proposalId: string; evaluatorIds: readonly string[]; assignedBy: string; assignedAt: string }
>;

export type NoConflictOfInterestDeclared = Event<
  'NoConflictOfInterestDeclared',
  { proposalId: string; evaluatorId: string; declaredAt: string }
>;

/**
 * A conflict is with the proposal's organization: it recuses the evaluator from this proposal and
 * from every other proposal of the organization assigned to them (`alsoRecusedFrom`); a score
 * already given stops counting (`scoreVoided`).
 */
export type ConflictOfInterestDeclared = Event<
  'ConflictOfInterestDeclared',
  {
    proposalId: string;
    evaluatorId: string;
    nature: string;
    declaredAt: string;
    scoreVoided: boolean;
    alsoRecusedFrom: readonly Recusal[];
  }
>;

export type ProposalScored = Event<
  'ProposalScored',
  { proposalId: string; evaluatorId: string; scores: readonly CriterionScore[]; scoredAt: string }
>;

/** Outcomes in rank order; `departure` (null when the outcomes follow the ranking) for the auditors. */
export type SelectionDecided = Event<
  'SelectionDecided',
  { decisions: readonly ProposalDecision[]; departure: RankingDeparture | null; decidedBy: string; decidedAt: string }
>;

/**
 * One event per organization, covering all its proposals: `notifiedAt` when it was told,
 * `recordedAt` when staff recorded it (schema 3; the same instant before).
 */
export type OrganizationNotified = Event<
  'OrganizationNotified',
  { organization: Organization; outcomes: readonly NotifiedOutcome[]; notifiedBy: string; notifiedAt: string; recordedAt: string }
>;

/** The last organization was notified: stops the selection clock at the latest notification's instant. */
export type AllOrganizationsNotified = Event<
  'AllOrganizationsNotified',
  { organizationCount: number; completedAt: string; clockOutcome: 'met' | 'late' }
>;

export type CallForProposalsEvent =
  | CallForProposalsPublished
  | ProposalSubmitted
  | CallForProposalsExtended
  | CallForProposalsClosed
  | EvaluatorsAssigned
  | NoConflictOfInterestDeclared
  | ConflictOfInterestDeclared
  | ProposalScored
  | SelectionDecided
  | OrganizationNotified
  | AllOrganizationsNotified
  | ChainedClockEvent;
