import type { Actor } from '../shared/command';
import { CommandRefused, InvalidCommand } from '../shared/errors';
import type { CallForProposals, CallForProposalsState, CallForProposalsStatus, Evaluation, Proposal } from './call-for-proposals.state';

// What the state must be for a command, with refusals that say why.

const WHY_NOT: Record<CallForProposalsStatus, string> = {
  open: 'the call is still open to proposals',
  evaluating: 'the call is closed and its proposals are being evaluated',
  decided: 'the selection is already decided',
  completed: 'every organization has been notified',
  'closed-without-proposals': 'the call closed without any proposal',
};

export function requireCall(state: CallForProposalsState): CallForProposals {
  if (state.status === 'none') throw new CommandRefused('no call for proposals has been published for this case');
  return state;
}

/** The call, if it is in one of `statuses`; otherwise a refusal naming the command and the reason. */
export function requireStatus(
  state: CallForProposalsState,
  statuses: readonly CallForProposalsStatus[],
  commandType: string,
): CallForProposals {
  const call = requireCall(state);
  if (!statuses.includes(call.status)) throw new CommandRefused(`${commandType} refused: ${WHY_NOT[call.status]}`);
  return call;
}

export function requireProposal(call: CallForProposals, proposalId: string, field = 'proposalId'): Proposal {
  const proposal = call.proposals.find((candidate) => candidate.proposalId === proposalId);
  if (!proposal) throw new InvalidCommand(field, `no proposal ${proposalId} in this call`);
  return proposal;
}

/** The actor's own evaluation (permissions already checked that the actor is an evaluator). */
export function evaluationOf(proposal: Proposal, actor: Actor): Evaluation {
  const evaluation = proposal.evaluations.find((candidate) => candidate.evaluatorId === actor.id);
  if (!evaluation) throw new CommandRefused(`${actor.id} is not an evaluator of proposal ${proposal.proposalId}`);
  return evaluation;
}
