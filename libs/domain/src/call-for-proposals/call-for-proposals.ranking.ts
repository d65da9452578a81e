import type { Criterion, CriterionScore, ProposalDecision } from './call-for-proposals.events';
import type { Evaluation, Proposal } from './call-for-proposals.state';

// Fairness rules of the selection, as pure functions shared by the decider and read models.

/** Two non-recused evaluators must score a proposal before it can be ranked or decided. */
export const MINIMUM_EVALUATORS = 2;

export interface RankedProposal {
  readonly proposalId: string;
  readonly organizationId: string;
  /** 1 for the best; no two proposals share a rank (see `compareRanked`). */
  readonly rank: number;
  /** Weighted score out of 100, to the hundredth. */
  readonly score: number;
  readonly evaluatorCount: number;
}

export const isRecused = (evaluation: Evaluation): boolean => evaluation.declaration === 'conflict';

/** The scores that count: given by an evaluator who declared no conflict. */
export function countedEvaluations(proposal: Proposal): Evaluation[] {
  return proposal.evaluations.filter((evaluation) => evaluation.declaration === 'none' && evaluation.scores !== null);
}

export function isFullyEvaluated(proposal: Proposal): boolean {
  return countedEvaluations(proposal).length >= MINIMUM_EVALUATORS;
}

/** Evaluators assigned and not recused; the assigner uses it to see whether a replacement is needed. */
export function activeEvaluatorIds(proposal: Proposal): string[] {
  return proposal.evaluations.filter((evaluation) => !isRecused(evaluation)).map((evaluation) => evaluation.evaluatorId);
}

/**
 * One evaluator's score out of 100: each criterion's score as a fraction of its maximum,
 * averaged with the criteria's weights, so that a criterion's scale does not change its weight.
 */
export function weightedScore(criteria: readonly Criterion[], scores: readonly CriterionScore[]): number {
  const totalWeight = criteria.reduce((sum, criterion) => sum + criterion.weight, 0);
  const weighted = criteria.reduce((sum, criterion) => {
    const given = scores.find((score) => score.criterionId === criterion.id)?.score ?? 0;
    return sum + (criterion.weight * given) / criterion.maxScore;
  }, 0);
  return (100 * weighted) / totalWeight;
}

const toHundredth = (value: number): number => Math.round(value * 100) / 100;

/** The mean of the counted evaluators' weighted scores, to the hundredth (the figure published). */
export function proposalScore(criteria: readonly Criterion[], proposal: Proposal): number {
  const counted = countedEvaluations(proposal);
  const total = counted.reduce((sum, evaluation) => sum + weightedScore(criteria, evaluation.scores ?? []), 0);
  return counted.length === 0 ? 0 : toHundredth(total / counted.length);
}

type Scored = { readonly proposal: Proposal; readonly score: number };

/**
 * Higher score first; ties go to the proposal submitted first, then to the smaller proposal id
 * (plain code-unit order, not locale order, so every machine ranks alike).
 */
function compareRanked(a: Scored, b: Scored): number {
  if (a.score !== b.score) return b.score - a.score;
  if (a.proposal.submittedAt !== b.proposal.submittedAt) return a.proposal.submittedAt < b.proposal.submittedAt ? -1 : 1;
  if (a.proposal.proposalId === b.proposal.proposalId) return 0;
  return a.proposal.proposalId < b.proposal.proposalId ? -1 : 1;
}

/** The ranking of the fully evaluated proposals (the others are left out until they are). */
export function rankProposals(criteria: readonly Criterion[], proposals: readonly Proposal[]): RankedProposal[] {
  return proposals
    .filter(isFullyEvaluated)
    .map((proposal): Scored => ({ proposal, score: proposalScore(criteria, proposal) }))
    .sort(compareRanked)
    .map(({ proposal, score }, index) => ({
      proposalId: proposal.proposalId,
      organizationId: proposal.organization.id,
      rank: index + 1,
      score,
      evaluatorCount: countedEvaluations(proposal).length,
    }));
}

/** The ranking's formula as published with it, in words: what the functions above compute. */
export const RANKING_FORMULA =
  "Each evaluator's score out of 100 = 100 × Σ(weight × score ÷ maxScore) ÷ Σ weight, over the call's criteria; " +
  "a proposal's score = the mean of the scores of its evaluators who declared no conflict of interest (at least " +
  `${MINIMUM_EVALUATORS}), to the hundredth; proposals rank by score, highest first; a tie goes to the proposal ` +
  'submitted first, then to the smaller proposal id.';

/**
 * The proposals whose outcome departs from the ranking, in rank order: selected below a proposal
 * not selected, or not selected above a proposal selected.
 */
export function departingProposalIds(decisions: readonly Pick<ProposalDecision, 'proposalId' | 'outcome' | 'rank'>[]): string[] {
  const departs = (decision: (typeof decisions)[number]) =>
    decisions.some(
      (other) =>
        other.outcome !== decision.outcome && (decision.outcome === 'selected' ? other.rank < decision.rank : other.rank > decision.rank),
    );
  return [...decisions]
    .sort((a, b) => a.rank - b.rank)
    .filter(departs)
    .map((decision) => decision.proposalId);
}
