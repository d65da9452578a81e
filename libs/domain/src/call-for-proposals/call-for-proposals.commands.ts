import type { Command } from '../shared/command';
import type { ClockPlan } from '../service-standards/clock-plan';
import type { ChainedClockCommand } from '../service-standards/clock-decisions';
import type { Criterion, CriterionScore, Organization, Programme, SelectionOutcome } from './call-for-proposals.events';

export type PublishCallForProposals = Command<
  'PublishCallForProposals',
  { caseId: string; programme: Programme; title: string; criteria: readonly Criterion[]; closesAt: string }
>;

/** Records a proposal; `submittedAt` is when the organization submitted it. */
export type SubmitProposal = Command<
  'SubmitProposal',
  { proposalId: string; organization: Organization; projectTitle: string; submittedAt: string }
>;

/** Moves the closing instant later; only before the call closes. */
export type ExtendCallForProposals = Command<'ExtendCallForProposals', { closesAt: string; reason: string }>;

/**
 * Issued by the closing timer. `clock` comes from `planClock` (run in an activity) for the
 * selection standard, started at the call's closing instant.
 */
export type CloseCallForProposals = Command<'CloseCallForProposals', { clock: ClockPlan }>;

/** Adds evaluators to a proposal; it must then have at least two. */
export type AssignEvaluators = Command<'AssignEvaluators', { proposalId: string; evaluatorIds: readonly string[] }>;

/** Every evaluator declares, before scoring: no conflict, or a conflict (which recuses them). */
export type DeclareConflictOfInterest = Command<
  'DeclareConflictOfInterest',
  { proposalId: string } & ({ declaration: 'none' } | { declaration: 'conflict'; nature: string })
>;

/** One score per published criterion, each with a comment. */
export type ScoreProposal = Command<'ScoreProposal', { proposalId: string; scores: readonly CriterionScore[] }>;

/**
 * The outcome of every proposal, with reasons; only once every proposal is fully evaluated.
 * Outcomes that depart from the ranking need `departureJustification`; others take none.
 */
export type DecideSelection = Command<
  'DecideSelection',
  { decisions: readonly { proposalId: string; outcome: SelectionOutcome; reasons: string }[]; departureJustification: string | null }
>;

export type NotifyOrganization = Command<'NotifyOrganization', { organizationId: string; notifiedAt?: string }>;

export type CallForProposalsCommand =
  | PublishCallForProposals
  | SubmitProposal
  | ExtendCallForProposals
  | CloseCallForProposals
  | AssignEvaluators
  | DeclareConflictOfInterest
  | ScoreProposal
  | DecideSelection
  | NotifyOrganization
  | ChainedClockCommand;
