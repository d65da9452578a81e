import type {
  CompileMissionEvaluations,
  EndPremierMission,
  MissionEnding,
  PremierMissionCommand,
  PremierMissionState,
  RemindMissionParticipants,
} from '@entente/domain';
import { commandUpdates, type CaseView } from '../shared/case-messages';
import type { StaffRequest } from '../shared/commands';

/**
 * The commands staff send to a Premier-led mission: all but the reminder and the compilation, which
 * its timers issue; the end without its evaluation plan, which the workflow plans first.
 */
export type PremierMissionStaffCommand =
  StaffRequest<Exclude<PremierMissionCommand, EndPremierMission | RemindMissionParticipants | CompileMissionEvaluations>> | MissionEnding;

/** The Updates staff send to a Premier-led mission, by command, each under its name on the wire. */
export const PREMIER_MISSION_UPDATES = commandUpdates<PremierMissionState, PremierMissionStaffCommand>({
  PlanPremierMission: 'planPremierMission',
  AssignPremierMission: 'assignPremierMission',
  RegisterMissionParticipant: 'registerMissionParticipant',
  ClosePremierMissionRegistration: 'closePremierMissionRegistration',
  RecordMissionLogisticsService: 'recordMissionLogisticsService',
  StartPremierMission: 'startPremierMission',
  EndPremierMission: 'endPremierMission',
  RecordMissionEvaluationAnswer: 'recordMissionEvaluationAnswer',
  CancelPremierMission: 'cancelPremierMission',
});

export type PremierMissionView = CaseView<PremierMissionState>;
