import type { Role } from '../shared/command';
import { ForbiddenCommand } from '../shared/errors';
import { CLOCK_COMMAND_PERMISSIONS } from '../service-standards/clock.permissions';
import type { BilateralProjectCommand } from './bilateral-project.commands';
import type { BilateralProjectState } from './bilateral-project.state';

type CommandType = BilateralProjectCommand['type'];

/** Who may issue each command (docs/domain.md#roles). Auditors read; they issue nothing. */
export const BILATERAL_PROJECT_PERMISSIONS: Record<CommandType, readonly Role[]> = {
  SubmitBilateralProject: ['intake-officer', 'supervisor'],
  AssignBilateralProject: ['intake-officer', 'supervisor'],
  StartPartnerNegotiations: ['case-officer', 'supervisor'],
  RecordNegotiationRound: ['case-officer', 'supervisor'],
  EndPartnerNegotiations: ['case-officer', 'supervisor'],
  AbandonPartnerNegotiations: ['case-officer', 'supervisor'],
  // A result letter may be signed at director level; directors also receive escalations.
  NotifyProjectAnalysisResult: ['case-officer', 'supervisor', 'director'],
  RecordDeploymentSupport: ['case-officer', 'supervisor'],
  RecordBilateralProjectDeployed: ['case-officer', 'supervisor'],
  // Intake officers record the institution's letters, a withdrawal among them.
  WithdrawBilateralProject: ['intake-officer', 'case-officer', 'supervisor'],
  ...CLOCK_COMMAND_PERMISSIONS,
};

/** Taking a case from someone is a supervisor's call. */
export const BILATERAL_PROJECT_REASSIGN_ROLES: readonly Role[] = ['supervisor'];

/** Roles that may advance only a case assigned to them. */
export const BILATERAL_PROJECT_ASSIGNEE_ONLY_ROLES: readonly Role[] = ['case-officer'];

/** The steps of the case itself, as opposed to recording, assigning or timers. */
const CASEWORK: readonly CommandType[] = [
  'StartPartnerNegotiations',
  'RecordNegotiationRound',
  'EndPartnerNegotiations',
  'AbandonPartnerNegotiations',
  'NotifyProjectAnalysisResult',
  'RecordDeploymentSupport',
  'RecordBilateralProjectDeployed',
  'WithdrawBilateralProject',
];

export function mayIssueBilateralProjectCommand(commandType: CommandType, role: Role): boolean {
  return (BILATERAL_PROJECT_PERMISSIONS[commandType] ?? []).includes(role);
}

/** Throws `ForbiddenCommand` unless the actor may issue `command` on this case. */
export function authorizeBilateralProjectCommand(
  command: Pick<BilateralProjectCommand, 'type' | 'metadata'>,
  state: BilateralProjectState,
): void {
  const { role, id } = command.metadata.actor;
  if (!mayIssueBilateralProjectCommand(command.type, role)) throw new ForbiddenCommand(role, command.type);
  const assignee = state.status === 'none' ? null : state.assignee;
  if (CASEWORK.includes(command.type) && BILATERAL_PROJECT_ASSIGNEE_ONLY_ROLES.includes(role) && assignee !== id) {
    throw new ForbiddenCommand(role, command.type, 'only the assignee may do this');
  }
  if (command.type === 'AssignBilateralProject' && assignee !== null && !BILATERAL_PROJECT_REASSIGN_ROLES.includes(role)) {
    throw new ForbiddenCommand(role, command.type, `only a supervisor may reassign a case held by ${assignee}`);
  }
}
