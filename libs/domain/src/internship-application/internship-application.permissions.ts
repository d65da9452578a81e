import type { Role } from '../shared/command';
import { ForbiddenCommand } from '../shared/errors';
import { CLOCK_COMMAND_PERMISSIONS } from '../service-standards/clock.permissions';
import type { InternshipApplicationCommand } from './internship-application.commands';
import type { InternshipApplicationState } from './internship-application.state';

type CommandType = InternshipApplicationCommand['type'];

/** Who may issue each command (docs/domain.md#roles). Auditors read; they issue nothing. */
export const INTERNSHIP_APPLICATION_PERMISSIONS: Record<CommandType, readonly Role[]> = {
  FileInternshipApplication: ['intake-officer', 'supervisor'],
  AssignInternshipApplication: ['intake-officer', 'supervisor'],
  SendEligibilityReply: ['case-officer', 'supervisor'],
  ScheduleInterview: ['case-officer', 'supervisor'],
  RecordInterviewHeld: ['case-officer', 'supervisor'],
  SendFinalReply: ['case-officer', 'supervisor'],
  // Intake officers record the candidate's letters, a withdrawal among them.
  WithdrawInternshipApplication: ['intake-officer', 'case-officer', 'supervisor'],
  ...CLOCK_COMMAND_PERMISSIONS,
};

/** Taking a case from someone is a supervisor's call. */
export const INTERNSHIP_APPLICATION_REASSIGN_ROLES: readonly Role[] = ['supervisor'];

/** Roles that may advance only a case assigned to them. */
export const INTERNSHIP_APPLICATION_ASSIGNEE_ONLY_ROLES: readonly Role[] = ['case-officer'];

/** The steps of the case itself, as opposed to recording, assigning or timers. */
const CASEWORK: readonly CommandType[] = [
  'SendEligibilityReply',
  'ScheduleInterview',
  'RecordInterviewHeld',
  'SendFinalReply',
  'WithdrawInternshipApplication',
];

export function mayIssueInternshipApplicationCommand(commandType: CommandType, role: Role): boolean {
  return (INTERNSHIP_APPLICATION_PERMISSIONS[commandType] ?? []).includes(role);
}

/** Throws `ForbiddenCommand` unless the actor may issue `command` on this case. */
export function authorizeInternshipApplicationCommand(
  command: Pick<InternshipApplicationCommand, 'type' | 'metadata'>,
  state: InternshipApplicationState,
): void {
  const { role, id } = command.metadata.actor;
  if (!mayIssueInternshipApplicationCommand(command.type, role)) throw new ForbiddenCommand(role, command.type);
  const assignee = state.status === 'none' ? null : state.assignee;
  if (CASEWORK.includes(command.type) && INTERNSHIP_APPLICATION_ASSIGNEE_ONLY_ROLES.includes(role) && assignee !== id) {
    throw new ForbiddenCommand(role, command.type, 'only the assignee may do this');
  }
  if (command.type === 'AssignInternshipApplication' && assignee !== null && !INTERNSHIP_APPLICATION_REASSIGN_ROLES.includes(role)) {
    throw new ForbiddenCommand(role, command.type, `only a supervisor may reassign a case held by ${assignee}`);
  }
}
