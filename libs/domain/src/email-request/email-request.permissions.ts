import type { Role } from '../shared/command';
import { ForbiddenCommand } from '../shared/errors';
import { CLOCK_COMMAND_PERMISSIONS } from '../service-standards/clock.permissions';
import type { EmailRequestCommand } from './email-request.commands';
import type { EmailRequestState } from './email-request.state';

/** Who may issue each command (docs/domain.md#roles). Auditors read; they issue nothing. */
export const EMAIL_REQUEST_PERMISSIONS: Record<EmailRequestCommand['type'], readonly Role[]> = {
  ReceiveEmailRequest: ['intake-officer', 'supervisor'],
  AssignEmailRequest: ['intake-officer', 'supervisor'],
  AnswerEmailRequest: ['case-officer', 'supervisor'],
  CloseEmailRequestWithoutAnswer: ['case-officer', 'supervisor'],
  ...CLOCK_COMMAND_PERMISSIONS,
};

/** Taking a case from someone is a supervisor's call. */
export const EMAIL_REQUEST_REASSIGN_ROLES: readonly Role[] = ['supervisor'];

/** Roles that may answer or close only a case assigned to them. */
export const EMAIL_REQUEST_ASSIGNEE_ONLY_ROLES: readonly Role[] = ['case-officer'];

export function mayIssueEmailRequestCommand(commandType: EmailRequestCommand['type'], role: Role): boolean {
  return (EMAIL_REQUEST_PERMISSIONS[commandType] ?? []).includes(role);
}

/** Throws `ForbiddenCommand` unless the actor may issue `command` on this case. */
export function authorizeEmailRequestCommand(command: Pick<EmailRequestCommand, 'type' | 'metadata'>, state: EmailRequestState): void {
  const { role, id } = command.metadata.actor;
  if (!mayIssueEmailRequestCommand(command.type, role)) throw new ForbiddenCommand(role, command.type);
  const assignee = state.status === 'none' ? null : state.assignee;
  const acting = command.type === 'AnswerEmailRequest' || command.type === 'CloseEmailRequestWithoutAnswer';
  if (acting && EMAIL_REQUEST_ASSIGNEE_ONLY_ROLES.includes(role) && assignee !== id) {
    throw new ForbiddenCommand(role, command.type, 'only the assignee may do this');
  }
  if (command.type === 'AssignEmailRequest' && assignee !== null && !EMAIL_REQUEST_REASSIGN_ROLES.includes(role)) {
    throw new ForbiddenCommand(role, command.type, `only a supervisor may reassign a case held by ${assignee}`);
  }
}
