import type { Actor, Role } from '../shared/command';
import type { CallForProposals, CallForProposalsState, Evaluation, Proposal } from './call-for-proposals.state';

// Each evaluator scores without seeing the others' scores until their own are in (declaration of
// services: a fair selection). Who reads what, while the call is evaluated.

/** The director decides on the scores and auditors check them: they read every score at any time. */
const READ_EVERY_SCORE: readonly Role[] = ['director', 'auditor'];

/**
 * Whether the other evaluators' scores on a proposal are sealed from `reader`: while the call is
 * being evaluated, until the reader's own counted scores on it are in. Anyone else who might yet
 * be assigned (a supervisor, any case officer) waits for the decision.
 */
export function scoresSealedFrom(reader: Actor, call: CallForProposals, proposal: Proposal): boolean {
  if (call.status !== 'evaluating' || READ_EVERY_SCORE.includes(reader.role)) return false;
  const own = proposal.evaluations.find((evaluation) => evaluation.evaluatorId === reader.id);
  return own?.declaration !== 'none' || own.scores === null;
}

/** Whether one evaluation's scores are hidden from `reader`: never their own. */
export function evaluationSealedFrom(reader: Actor, call: CallForProposals, proposal: Proposal, evaluation: Evaluation): boolean {
  return evaluation.evaluatorId !== reader.id && evaluation.scores !== null && scoresSealedFrom(reader, call, proposal);
}

/** An evaluator's scores on a proposal, sealed from a reader. */
export interface SealedScores {
  readonly proposalId: string;
  readonly evaluatorId: string;
}

/** Every evaluation whose scores are sealed from `reader` in the call as it stands. */
export function sealedScoresFrom(reader: Actor, state: CallForProposalsState): SealedScores[] {
  if (state.status === 'none') return [];
  return state.proposals.flatMap((proposal) =>
    proposal.evaluations
      .filter((evaluation) => evaluationSealedFrom(reader, state, proposal, evaluation))
      .map(({ evaluatorId }) => ({ proposalId: proposal.proposalId, evaluatorId })),
  );
}

export const isSealed = (sealed: readonly SealedScores[], proposalId: unknown, evaluatorId: unknown): boolean =>
  sealed.some((seal) => seal.proposalId === proposalId && seal.evaluatorId === evaluatorId);

/** The call (as it stands, or as it stood at an instant) without the `sealed` scores. */
export function withoutScores(state: CallForProposalsState, sealed: readonly SealedScores[]): CallForProposalsState {
  if (state.status === 'none' || sealed.length === 0) return state;
  const proposals = state.proposals.map((proposal) => ({
    ...proposal,
    evaluations: proposal.evaluations.map((evaluation) =>
      isSealed(sealed, proposal.proposalId, evaluation.evaluatorId) ? { ...evaluation, scores: null } : evaluation,
    ),
  }));
  return { ...state, proposals };
}

/** The call as `reader` may see it: every score sealed from them taken out. */
export function callAsSeenBy(reader: Actor, state: CallForProposalsState): CallForProposalsState {
  return withoutScores(state, sealedScoresFrom(reader, state));
}
