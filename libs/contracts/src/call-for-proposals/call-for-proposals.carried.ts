import { departingProposalIds, type CallForProposalsState, type SelectionDecision } from '@entente/domain';
import { keyRenamed } from '../upcasting';

/** A decision carried from before departures were recorded: found again, as the upcaster does, unjustified. */
function withDeparture(decision: SelectionDecision | null): SelectionDecision | null {
  if (decision === null || decision.departure !== undefined) return decision;
  const proposalIds = departingProposalIds(decision.decisions);
  return { ...decision, departure: proposalIds.length === 0 ? null : { proposalIds, justification: null } };
}

/** A state carried by a run continued before organizations' e-mails were named `email` and departures recorded. */
export function callForProposalsAsCarried(state: CallForProposalsState): CallForProposalsState {
  if (state.status === 'none') return state;
  const proposals = state.proposals.map((proposal) => ({
    ...proposal,
    organization: keyRenamed(proposal.organization, 'contactEmail', 'email'),
  }));
  return { ...state, proposals, decision: withDeparture(state.decision) };
}
