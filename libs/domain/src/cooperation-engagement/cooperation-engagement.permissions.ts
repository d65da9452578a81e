import type { Role } from '../shared/command';
import { ForbiddenCommand } from '../shared/errors';
import { CLOCK_COMMAND_PERMISSIONS } from '../service-standards/clock.permissions';
import type { CooperationEngagementCommand } from './cooperation-engagement.commands';
import type { CooperationEngagementState } from './cooperation-engagement.state';

type CommandType = CooperationEngagementCommand['type'];

/** The Cooperation Service coordinator runs engagements; supervisors and directors may too. */
const RUNS: readonly Role[] = ['coordinator', 'supervisor', 'director'];

/** Who may issue each command (docs/domain.md#roles). Auditors read; they issue nothing. */
export const COOPERATION_ENGAGEMENT_PERMISSIONS: Record<CommandType, readonly Role[]> = {
  OpenCooperationEngagement: RUNS,
  ReassignCooperationEngagement: ['supervisor', 'director'],
  RecordNeeds: RUNS,
  PlanAssessmentMission: RUNS,
  RecordAssessmentMissionHeld: RUNS,
  DecideOnAssistance: RUNS,
  ProposeActionPlan: RUNS,
  // The partner answers; the coordinator records its answer and who signed it.
  ApproveActionPlan: RUNS,
  RequestActionPlanModifications: RUNS,
  RejectActionPlan: RUNS,
  PlanActivity: RUNS,
  RecordActivityHeld: RUNS,
  CancelActivity: RUNS,
  DeclareServiceDeliveryComplete: RUNS,
  RecordFollowUp: RUNS,
  SubmitActivityReport: RUNS,
  WithdrawCooperationEngagement: RUNS,
  ...CLOCK_COMMAND_PERMISSIONS,
};

/** Roles that may act only on the engagements they coordinate. */
export const COOPERATION_ENGAGEMENT_ASSIGNEE_ONLY_ROLES: readonly Role[] = ['coordinator'];

export function mayIssueCooperationEngagementCommand(commandType: CommandType, role: Role): boolean {
  return (COOPERATION_ENGAGEMENT_PERMISSIONS[commandType] ?? []).includes(role);
}

/** What authorization reads: the type, the actor, and for an opening the coordinator it names. */
export type CooperationEngagementAuthorization = Pick<CooperationEngagementCommand, 'type' | 'metadata'> & { readonly data?: unknown };

/** The coordinator an opening names, or the coordinator in charge of an existing engagement. */
function coordinatorOf(command: CooperationEngagementAuthorization, state: CooperationEngagementState): unknown {
  if (state.status !== 'none') return state.coordinatorId;
  return command.type === 'OpenCooperationEngagement' ? (command.data as { coordinatorId?: unknown } | undefined)?.coordinatorId : null;
}

/**
 * Throws `ForbiddenCommand` unless the actor may issue `command` on this engagement: a
 * coordinator acts only on (and opens only for) engagements they coordinate.
 */
export function authorizeCooperationEngagementCommand(
  command: CooperationEngagementAuthorization,
  state: CooperationEngagementState,
): void {
  const { role, id } = command.metadata.actor;
  if (!mayIssueCooperationEngagementCommand(command.type, role)) throw new ForbiddenCommand(role, command.type);
  if (COOPERATION_ENGAGEMENT_ASSIGNEE_ONLY_ROLES.includes(role) && coordinatorOf(command, state) !== id) {
    throw new ForbiddenCommand(role, command.type, "only the engagement's coordinator may do this");
  }
}
