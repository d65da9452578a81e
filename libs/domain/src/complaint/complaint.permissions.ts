import type { Role } from '../shared/command';
import { ForbiddenCommand } from '../shared/errors';
import { CLOCK_COMMAND_PERMISSIONS } from '../service-standards/clock.permissions';
import type { ComplaintCommand } from './complaint.commands';
import type { ComplaintState } from './complaint.state';

type CommandType = ComplaintCommand['type'];

/**
 * Who may issue each command (docs/domain.md#roles). The Secretary General handles complaints and
 * assigns them, as a supervisor may; auditors read and issue nothing; timers act as `system`.
 */
export const COMPLAINT_PERMISSIONS: Record<CommandType, readonly Role[]> = {
  ReceiveComplaint: ['intake-officer', 'supervisor', 'secretary-general'],
  AssignComplaint: ['supervisor', 'secretary-general'],
  RecordComplaintFindings: ['case-officer', 'supervisor', 'secretary-general'],
  AnswerComplaint: ['case-officer', 'supervisor', 'secretary-general'],
  CloseComplaintWithoutAnswer: ['case-officer', 'supervisor', 'secretary-general'],
  ...CLOCK_COMMAND_PERMISSIONS,
};

/** Roles that may work only on a complaint assigned to them. */
export const COMPLAINT_ASSIGNEE_ONLY_ROLES: readonly Role[] = ['case-officer'];

/** The steps of the case itself, as opposed to recording, assigning or timers. */
const CASEWORK: readonly CommandType[] = ['RecordComplaintFindings', 'AnswerComplaint', 'CloseComplaintWithoutAnswer'];

export function mayIssueComplaintCommand(commandType: CommandType, role: Role): boolean {
  return (COMPLAINT_PERMISSIONS[commandType] ?? []).includes(role);
}

/** Throws `ForbiddenCommand` unless the actor may issue `command` on this case. */
export function authorizeComplaintCommand(command: Pick<ComplaintCommand, 'type' | 'metadata'>, state: ComplaintState): void {
  const { role, id } = command.metadata.actor;
  if (!mayIssueComplaintCommand(command.type, role)) throw new ForbiddenCommand(role, command.type);
  const assignee = state.status === 'none' ? null : state.assignee;
  if (CASEWORK.includes(command.type) && COMPLAINT_ASSIGNEE_ONLY_ROLES.includes(role) && assignee !== id) {
    throw new ForbiddenCommand(role, command.type, 'only the assignee may do this');
  }
}
