import type { Role } from '../shared/command';
import { ForbiddenCommand } from '../shared/errors';
import type { PremierMissionCommand, RecordMissionEvaluationAnswer } from './premier-mission.commands';
import type { PremierMissionState } from './premier-mission.state';

type CommandType = PremierMissionCommand['type'];

/**
 * Who may issue each command (docs/domain.md#roles). Case officers of the Bureau des missions run
 * missions; intake officers record registrations and answers that arrive; supervisors and
 * directors assign and cancel; timers act as `system`. Auditors read; they issue nothing. A
 * participant answers their own evaluation through its link (docs/adr/0023), and does nothing else.
 */
export const PREMIER_MISSION_PERMISSIONS: Record<CommandType, readonly Role[]> = {
  PlanPremierMission: ['case-officer', 'supervisor', 'director'],
  AssignPremierMission: ['supervisor', 'director'],
  RegisterMissionParticipant: ['intake-officer', 'case-officer', 'supervisor'],
  ClosePremierMissionRegistration: ['case-officer', 'supervisor'],
  RecordMissionLogisticsService: ['case-officer', 'supervisor'],
  StartPremierMission: ['case-officer', 'supervisor', 'system'],
  EndPremierMission: ['case-officer', 'supervisor', 'system'],
  RemindMissionParticipants: ['system'],
  RecordMissionEvaluationAnswer: ['intake-officer', 'case-officer', 'supervisor', 'participant'],
  CompileMissionEvaluations: ['system'],
  CancelPremierMission: ['supervisor', 'director'],
};

/** A case officer acts on these only for the mission they are in charge of. */
export const PREMIER_MISSION_ASSIGNEE_ONLY_COMMANDS: readonly CommandType[] = [
  'RegisterMissionParticipant',
  'ClosePremierMissionRegistration',
  'RecordMissionLogisticsService',
  'StartPremierMission',
  'EndPremierMission',
  'RecordMissionEvaluationAnswer',
];

export function mayIssuePremierMissionCommand(commandType: CommandType, role: Role): boolean {
  return (PREMIER_MISSION_PERMISSIONS[commandType] ?? []).includes(role);
}

/** Throws `ForbiddenCommand` unless the actor may issue `command` on this mission. */
export function authorizePremierMissionCommand(
  command: Pick<PremierMissionCommand, 'type' | 'metadata'>,
  state: PremierMissionState,
): void {
  const { role, id } = command.metadata.actor;
  if (!mayIssuePremierMissionCommand(command.type, role)) throw new ForbiddenCommand(role, command.type);
  const officerId = state.status === 'none' ? null : state.officerId;
  if (role === 'case-officer' && PREMIER_MISSION_ASSIGNEE_ONLY_COMMANDS.includes(command.type) && officerId !== id) {
    throw new ForbiddenCommand(role, command.type, 'only the officer in charge of the mission may do this');
  }
}

/** A participant answers for themselves only: their link names them, and staff record everyone else's. */
export function authorizeAnswerFor(participantId: string, { type, metadata: { actor } }: RecordMissionEvaluationAnswer): void {
  if (actor.role === 'participant' && actor.id !== participantId) {
    throw new ForbiddenCommand(actor.role, type, 'a participant answers only their own evaluation');
  }
}
