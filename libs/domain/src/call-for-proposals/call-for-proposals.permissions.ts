import type { CommandMetadata, Role } from '../shared/command';
import { ForbiddenCommand } from '../shared/errors';
import { CLOCK_COMMAND_PERMISSIONS } from '../service-standards/clock.permissions';
import type { CallForProposalsCommand } from './call-for-proposals.commands';
import type { CallForProposalsState } from './call-for-proposals.state';

type CommandType = CallForProposalsCommand['type'];

/** Who may issue each command (docs/domain.md#roles). Auditors read; they issue nothing. */
export const CALL_FOR_PROPOSALS_PERMISSIONS: Record<CommandType, readonly Role[]> = {
  PublishCallForProposals: ['supervisor', 'director'],
  // Intake officers record what organizations send in.
  SubmitProposal: ['intake-officer', 'supervisor'],
  // Moving a published closing date is a configuration change, kept from the staff who run the selection.
  ExtendCallForProposals: ['administrator'],
  // Only the closing timer closes a call: never early, so that every organization has the time announced.
  CloseCallForProposals: ['system'],
  AssignEvaluators: ['supervisor', 'director'],
  DeclareConflictOfInterest: ['case-officer'],
  ScoreProposal: ['case-officer'],
  DecideSelection: ['director'],
  NotifyOrganization: ['case-officer', 'supervisor'],
  ...CLOCK_COMMAND_PERMISSIONS,
};

/** Commands an evaluator issues on a proposal, and may issue only on a proposal assigned to them. */
export const EVALUATOR_COMMANDS: readonly CommandType[] = ['DeclareConflictOfInterest', 'ScoreProposal'];

export function mayIssueCallForProposalsCommand(commandType: CommandType, role: Role): boolean {
  return (CALL_FOR_PROPOSALS_PERMISSIONS[commandType] ?? []).includes(role);
}

function proposalIdOf(data: unknown): unknown {
  return typeof data === 'object' && data !== null ? (data as { proposalId?: unknown }).proposalId : undefined;
}

/**
 * Throws `ForbiddenCommand` unless the actor may issue `command` on this call. An evaluator acts
 * only on a proposal assigned to them; an unknown proposal is left to the decider to reject.
 */
export function authorizeCallForProposalsCommand(
  command: { readonly type: CommandType; readonly metadata: CommandMetadata; readonly data?: unknown },
  state: CallForProposalsState,
): void {
  const { role, id } = command.metadata.actor;
  if (!mayIssueCallForProposalsCommand(command.type, role)) throw new ForbiddenCommand(role, command.type);
  if (!EVALUATOR_COMMANDS.includes(command.type) || state.status === 'none') return;
  const proposalId = proposalIdOf(command.data);
  const proposal = state.proposals.find((candidate) => candidate.proposalId === proposalId);
  if (proposal && !proposal.evaluations.some((evaluation) => evaluation.evaluatorId === id)) {
    throw new ForbiddenCommand(role, command.type, `${id} is not an evaluator of proposal ${proposal.proposalId}`);
  }
}
