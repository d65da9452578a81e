import type { Decider } from '../shared/decider';
import { InvalidCommand } from '../shared/errors';
import { exhaustive } from '../shared/exhaustive';
import { decideClockCommand, isClockCommand } from '../service-standards/clock-decisions';
import type { CallForProposalsCommand } from './call-for-proposals.commands';
import type { CallForProposalsEvent } from './call-for-proposals.events';
import { assignEvaluators, declareConflictOfInterest, scoreProposal } from './call-for-proposals.evaluation';
import { requireCall } from './call-for-proposals.guards';
import { authorizeCallForProposalsCommand, CALL_FOR_PROPOSALS_PERMISSIONS } from './call-for-proposals.permissions';
import { close, extend, publish, submit } from './call-for-proposals.publication';
import { SELECTION_RULES, type SelectionRules } from './call-for-proposals.rules';
import { decideSelection, notifyOrganization } from './call-for-proposals.selection';
import { evolveCallForProposals, initialCallForProposalsState, type CallForProposalsState } from './call-for-proposals.state';

export { checkCloseCallForProposals, type CallClosing } from './call-for-proposals.publication';

function decide(command: CallForProposalsCommand, state: CallForProposalsState, rules: SelectionRules): CallForProposalsEvent[] {
  if (!Object.hasOwn(CALL_FOR_PROPOSALS_PERMISSIONS, command.type)) {
    throw new InvalidCommand('type', `unknown command ${String(command.type)}`);
  }
  authorizeCallForProposalsCommand(command, state);
  // Clocks are the shared module's business, whatever the case type.
  if (isClockCommand(command)) {
    // No single assignee runs a call: the warning goes to the supervisors, who assign evaluators.
    return decideClockCommand(command, requireCall(state).clocks, null);
  }
  switch (command.type) {
    case 'PublishCallForProposals':
      return publish(command, state);
    case 'SubmitProposal':
      return submit(command, state);
    case 'ExtendCallForProposals':
      return extend(command, state);
    case 'CloseCallForProposals':
      return close(command, state);
    case 'AssignEvaluators':
      return assignEvaluators(command, state, rules);
    case 'DeclareConflictOfInterest':
      return declareConflictOfInterest(command, state, rules);
    case 'ScoreProposal':
      return scoreProposal(command, state);
    case 'DecideSelection':
      return decideSelection(command, state, rules);
    case 'NotifyOrganization':
      return notifyOrganization(command, state);
    default:
      return exhaustive(command, []);
  }
}

/**
 * A call for proposals of the Humanitarian Action Assistance Program or Québec Without Borders:
 * proposals until the announced closing, then a fair and transparent selection (declared
 * conflicts, two scores per proposal, a ranked and reasoned decision) and every organization
 * notified, within the configurable selection target.
 */
export function callForProposalsDeciderUnder(
  rules: SelectionRules,
): Decider<CallForProposalsState, CallForProposalsCommand, CallForProposalsEvent> {
  return {
    decide: (command, state) => decide(command, state, rules),
    evolve: evolveCallForProposals,
    initialState: initialCallForProposalsState,
  };
}

export const callForProposalsDecider = callForProposalsDeciderUnder(SELECTION_RULES);
