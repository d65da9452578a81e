import type { PremierMissionEvent } from '@entente/domain';
import type { Upcaster } from '../upcasting';

/** Current schema version of each Premier-led mission event; bump it and add an upcaster on change. */
export const PREMIER_MISSION_SCHEMA_VERSIONS: Readonly<Record<PremierMissionEvent['type'], number>> = {
  PremierMissionPlanned: 1,
  PremierMissionReassigned: 1,
  MissionParticipantRegistered: 1,
  MissionRegistrationClosed: 1,
  MissionLogisticsServiceRecorded: 1,
  PremierMissionStarted: 1,
  PremierMissionEnded: 1,
  MissionEvaluationSent: 1,
  MissionEvaluationReminderSent: 1,
  MissionEvaluationAnswered: 1,
  MissionEvaluationsCompiled: 1,
  PremierMissionCancelled: 1,
};

export const PREMIER_MISSION_UPCASTERS: readonly Upcaster[] = [];
