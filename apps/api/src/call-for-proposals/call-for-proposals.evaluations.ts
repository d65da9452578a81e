import { NotFoundException } from '@nestjs/common';
import {
  countedEvaluations,
  evaluationSealedFrom,
  RANKING_FORMULA,
  rankProposals,
  type Actor,
  type CallForProposals,
  type Proposal,
} from '@entente/domain';
import type { CallForProposalsView } from '@entente/workflows';
import type { CallEvaluationsDto, ProposalEvaluationsDto } from './dto/call-evaluations.dto';

function proposalEvaluations(reader: Actor, call: CallForProposals, proposal: Proposal): ProposalEvaluationsDto {
  const counted = countedEvaluations(proposal);
  const { proposalId, organization, projectTitle, submittedAt } = proposal;
  const evaluators = proposal.evaluations.map((evaluation) => {
    const { evaluatorId, declaration, conflictNature, declaredAt, scores, scoredAt } = evaluation;
    const scoresSealed = evaluationSealedFrom(reader, call, proposal, evaluation);
    return {
      evaluatorId,
      declaration,
      conflictNature,
      declaredAt,
      scores: scoresSealed ? null : scores,
      scoresSealed,
      scoredAt,
      counted: counted.includes(evaluation),
    };
  });
  return { proposalId, organization, projectTitle, submittedAt, evaluators };
}

/**
 * Every declaration and score of a call beside the domain's own ranking and its formula, so that
 * an auditor can check the selection was fair: who was recused and why, what counted, how it
 * ranked, and any departure from the ranking with its justification. While the call is being
 * evaluated, scores sealed from the reader are left out, and so is the ranking they make.
 */
export function callEvaluations({ caseId, sequence, state }: CallForProposalsView, reader: Actor): CallEvaluationsDto {
  // A workflow whose opening command was refused holds no call.
  if (state.status === 'none') throw new NotFoundException(`case ${caseId} not found`);
  const proposals = state.proposals.map((proposal) => proposalEvaluations(reader, state, proposal));
  const scoresSealed = proposals.some((proposal) => proposal.evaluators.some((evaluator) => evaluator.scoresSealed));
  return {
    caseId,
    sequence,
    status: state.status,
    criteria: state.criteria,
    proposals,
    scoresSealed,
    ranking: scoresSealed ? [] : rankProposals(state.criteria, state.proposals),
    rankingFormula: RANKING_FORMULA,
    decision: state.decision,
  };
}
