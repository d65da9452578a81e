import { NotFoundException } from '@nestjs/common';
import { countedEvaluations, rankProposals, type Proposal } from '@entente/domain';
import type { CallForProposalsView } from '@entente/workflows';
import type { CallEvaluationsDto, ProposalEvaluationsDto } from './dto/call-evaluations.dto';

function proposalEvaluations(proposal: Proposal): ProposalEvaluationsDto {
  const counted = countedEvaluations(proposal);
  const { proposalId, organization, projectTitle, submittedAt } = proposal;
  const evaluators = proposal.evaluations.map((evaluation) => {
    const { evaluatorId, declaration, conflictNature, declaredAt, scores, scoredAt } = evaluation;
    return { evaluatorId, declaration, conflictNature, declaredAt, scores, scoredAt, counted: counted.includes(evaluation) };
  });
  return { proposalId, organization, projectTitle, submittedAt, evaluators };
}

/**
 * Every declaration and score of a call beside the domain's own ranking, so that an auditor can
 * check the selection was fair: who was recused and why, what counted, and how it ranked.
 */
export function callEvaluations({ caseId, sequence, state }: CallForProposalsView): CallEvaluationsDto {
  // A workflow whose opening command was refused holds no call.
  if (state.status === 'none') throw new NotFoundException(`case ${caseId} not found`);
  return {
    caseId,
    sequence,
    status: state.status,
    criteria: state.criteria,
    proposals: state.proposals.map(proposalEvaluations),
    ranking: rankProposals(state.criteria, state.proposals),
    decision: state.decision,
  };
}
