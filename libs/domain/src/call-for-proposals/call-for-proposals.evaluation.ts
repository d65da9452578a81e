import { CommandRefused, InvalidCommand } from '../shared/errors';
import { nowOf, requireOneOf, text } from '../shared/validation';
import type { AssignEvaluators, DeclareConflictOfInterest, ScoreProposal } from './call-for-proposals.commands';
import type { CallForProposalsEvent, Recusal } from './call-for-proposals.events';
import { evaluationOf, requireProposal, requireStatus } from './call-for-proposals.guards';
import { activeEvaluatorIds, isRecused, MINIMUM_EVALUATORS } from './call-for-proposals.ranking';
import type { SelectionRules } from './call-for-proposals.rules';
import type { CallForProposals, CallForProposalsState, Evaluation, Proposal } from './call-for-proposals.state';
import { isoAt, requireScores, requireTextList } from './call-for-proposals.validation';

// Evaluation, once the call has closed: evaluators are assigned, declare their interests, score.

type Events = CallForProposalsEvent[];

/** The call and the proposal named by `proposalId`, while the call is being evaluated. */
function underEvaluation(state: CallForProposalsState, proposalId: unknown, commandType: string) {
  const call = requireStatus(state, ['evaluating'], commandType);
  return { call, proposal: requireProposal(call, text(proposalId, 'proposalId')) };
}

/** The organization's other proposals this evaluator is assigned to and not yet recused from. */
function otherProposalsOfOrganization(call: CallForProposals, proposal: Proposal, evaluatorId: string): Recusal[] {
  return call.proposals
    .filter((other) => other.proposalId !== proposal.proposalId && other.organization.id === proposal.organization.id)
    .flatMap((other) => {
      const evaluation = other.evaluations.find((candidate) => candidate.evaluatorId === evaluatorId);
      return evaluation && !isRecused(evaluation) ? [{ proposalId: other.proposalId, scoreVoided: evaluation.scores !== null }] : [];
    });
}

/** An evaluator who declared a conflict with the proposal's organization, on another of its proposals. */
function conflictedWithOrganization(call: CallForProposals, proposal: Proposal, evaluatorIds: readonly string[]) {
  const declared = call.proposals.filter((other) => other.organization.id === proposal.organization.id);
  for (const evaluatorId of evaluatorIds) {
    const on = declared.find((other) => other.evaluations.some((e) => e.evaluatorId === evaluatorId && isRecused(e)));
    if (on) return { evaluatorId, proposalId: on.proposalId };
  }
  return null;
}

export function assignEvaluators({ data, metadata, type }: AssignEvaluators, state: CallForProposalsState, rules: SelectionRules): Events {
  const { call, proposal } = underEvaluation(state, data.proposalId, type);
  const evaluatorIds = requireTextList(data.evaluatorIds, 'evaluatorIds', 1);
  const already = evaluatorIds.find((id) => proposal.evaluations.some((evaluation) => evaluation.evaluatorId === id));
  if (already) throw new CommandRefused(`${already} is already an evaluator of proposal ${proposal.proposalId}`);
  const conflicted = rules.conflictCoversOrganization ? conflictedWithOrganization(call, proposal, evaluatorIds) : null;
  if (conflicted) {
    throw new CommandRefused(
      `${conflicted.evaluatorId} declared a conflict of interest with ${proposal.organization.name} (proposal ${conflicted.proposalId}), which keeps them off all its proposals`,
    );
  }
  const missing = MINIMUM_EVALUATORS - activeEvaluatorIds(proposal).length - evaluatorIds.length;
  if (missing > 0) {
    throw new InvalidCommand(
      'evaluatorIds',
      `proposal ${proposal.proposalId} needs ${MINIMUM_EVALUATORS} evaluators not recused: name ${missing} more`,
    );
  }
  const assignment = { proposalId: proposal.proposalId, evaluatorIds, assignedBy: metadata.actor.id, assignedAt: isoAt(nowOf(metadata)) };
  return [{ type: 'EvaluatorsAssigned', data: assignment }];
}

/** A declaration of no conflict is made once; a conflict may still be declared after it, and is final. */
function requireDeclarable(evaluation: Evaluation, declaration: 'none' | 'conflict', proposalId: string): void {
  const who = evaluation.evaluatorId;
  if (evaluation.declaration === 'conflict') throw new CommandRefused(`${who} is already recused from proposal ${proposalId}`);
  if (evaluation.declaration === 'none' && declaration === 'none') {
    throw new CommandRefused(`${who} already declared no conflict of interest for proposal ${proposalId}`);
  }
}

export function declareConflictOfInterest(
  { data, metadata, type }: DeclareConflictOfInterest,
  state: CallForProposalsState,
  rules: SelectionRules,
): Events {
  const { call, proposal } = underEvaluation(state, data.proposalId, type);
  const evaluation = evaluationOf(proposal, metadata.actor);
  const declaration = requireOneOf(data.declaration, ['none', 'conflict'] as const, 'declaration');
  requireDeclarable(evaluation, declaration, proposal.proposalId);
  const nature = (data as { nature?: unknown }).nature;
  const declared = { proposalId: proposal.proposalId, evaluatorId: evaluation.evaluatorId, declaredAt: isoAt(nowOf(metadata)) };
  if (declaration === 'none') {
    if (nature !== undefined && nature !== null) throw new InvalidCommand('nature', 'is only for a conflict of interest');
    return [{ type: 'NoConflictOfInterestDeclared', data: declared }];
  }
  const alsoRecusedFrom = rules.conflictCoversOrganization ? otherProposalsOfOrganization(call, proposal, evaluation.evaluatorId) : [];
  const conflict = { ...declared, nature: text(nature, 'nature'), scoreVoided: evaluation.scores !== null, alsoRecusedFrom };
  return [{ type: 'ConflictOfInterestDeclared', data: conflict }];
}

/** Scoring needs a declaration of no conflict first, and is done once. */
function requireMayScore(evaluation: Evaluation, proposalId: string): void {
  const who = evaluation.evaluatorId;
  if (evaluation.declaration === 'pending') {
    throw new CommandRefused(`${who} must declare conflicts of interest on proposal ${proposalId} before scoring it`);
  }
  if (evaluation.declaration === 'conflict') throw new CommandRefused(`${who} is recused from proposal ${proposalId}`);
  if (evaluation.scoredAt !== null) throw new CommandRefused(`${who} already scored proposal ${proposalId} at ${evaluation.scoredAt}`);
}

export function scoreProposal({ data, metadata, type }: ScoreProposal, state: CallForProposalsState): Events {
  const { call, proposal } = underEvaluation(state, data.proposalId, type);
  const evaluation = evaluationOf(proposal, metadata.actor);
  requireMayScore(evaluation, proposal.proposalId);
  const scored = {
    proposalId: proposal.proposalId,
    evaluatorId: evaluation.evaluatorId,
    scores: requireScores(data.scores, call.criteria),
    scoredAt: isoAt(nowOf(metadata)),
  };
  return [{ type: 'ProposalScored', data: scored }];
}
