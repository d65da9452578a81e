import type { PremierMissionEnded, PremierMissionEvent } from '@entente/domain';
import { recordedAsItHappened, type BeforeRecordedAt, type Upcaster } from '../upcasting';

/** Current schema version of each Premier-led mission event; bump it and add an upcaster on change. */
export const PREMIER_MISSION_SCHEMA_VERSIONS: Readonly<Record<PremierMissionEvent['type'], number>> = {
  PremierMissionPlanned: 1,
  PremierMissionReassigned: 1,
  MissionParticipantRegistered: 1,
  MissionRegistrationClosed: 1,
  MissionLogisticsServiceRecorded: 1,
  PremierMissionStarted: 1,
  PremierMissionEnded: 2,
  MissionEvaluationSent: 1,
  MissionEvaluationReminderSent: 1,
  MissionEvaluationAnswered: 1,
  MissionEvaluationsCompiled: 1,
  PremierMissionCancelled: 1,
};

/** An end as schema 1 wrote it: recorded when it happened, so with one instant. */
export type PremierMissionEndedV1 = BeforeRecordedAt<PremierMissionEnded['data']>;

export const PREMIER_MISSION_UPCASTERS: readonly Upcaster[] = [recordedAsItHappened('PremierMissionEnded', 1, 'endedAt')];
