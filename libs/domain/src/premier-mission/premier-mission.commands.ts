import type { NoticeLanguage } from '../notifications/recipients';
import type { Command } from '../shared/command';
import type { MissionEvaluationPlan } from './premier-mission.evaluation-plan';
import type { EvaluationRatings, LogisticsServiceKind, MissionDestination, ParticipantKind } from './premier-mission.events';

/** Opens the case and its registration. `startsOn`/`endsOn` are local dates at the destination. */
export type PlanPremierMission = Command<
  'PlanPremierMission',
  {
    caseId: string;
    destination: MissionDestination;
    theme: string;
    startsOn: string;
    endsOn: string;
    /** The Bureau des missions officer in charge. */
    officerId: string;
  }
>;

export type AssignPremierMission = Command<'AssignPremierMission', { officerId: string; reason?: string | null }>;

/** `registeredAt`: when the company or institution registered (a form recorded late keeps it). */
export type RegisterMissionParticipant = Command<
  'RegisterMissionParticipant',
  {
    participantId: string;
    name: string;
    kind: ParticipantKind;
    contact: { name: string; email: string; phone?: string | null; language?: NoticeLanguage };
    registeredAt: string;
  }
>;

export type ClosePremierMissionRegistration = Command<'ClosePremierMissionRegistration', Record<string, never>>;

/** `participantId` null or absent: for the whole delegation. `providedOn`: local date, optional. */
export type RecordMissionLogisticsService = Command<
  'RecordMissionLogisticsService',
  {
    serviceId: string;
    participantId?: string | null;
    kind: LogisticsServiceKind;
    description: string;
    providedOn?: string | null;
  }
>;

/** Issued by the workflow's timer at `startsAt` (role `system`) or recorded by staff. */
export type StartPremierMission = Command<'StartPremierMission', Record<string, never>>;

/**
 * Issued by the timer at `endsAt`, or by staff when the mission ends early. `endedAt`: when it
 * ended (default now; a return recorded the next day keeps it). `evaluation` comes from
 * `planMissionEvaluation` (run in an activity, with `sentAt` = `metadata.now`: it is sent when recorded).
 */
export type EndPremierMission = Command<'EndPremierMission', { evaluation: MissionEvaluationPlan; endedAt?: string | null }>;

/** Issued by the timer at the evaluation plan's `remindAt`. */
export type RemindMissionParticipants = Command<'RemindMissionParticipants', Record<string, never>>;

/** `answeredAt`: when the participant answered (a paper form recorded late keeps it). */
export type RecordMissionEvaluationAnswer = Command<
  'RecordMissionEvaluationAnswer',
  { participantId: string; ratings: EvaluationRatings; comment?: string | null; answeredAt: string }
>;

/** Issued by the timer at `closesAt`, or at once when every participant has answered. */
export type CompileMissionEvaluations = Command<'CompileMissionEvaluations', Record<string, never>>;

export type CancelPremierMission = Command<'CancelPremierMission', { reason: string }>;

export type PremierMissionCommand =
  | PlanPremierMission
  | AssignPremierMission
  | RegisterMissionParticipant
  | ClosePremierMissionRegistration
  | RecordMissionLogisticsService
  | StartPremierMission
  | EndPremierMission
  | RemindMissionParticipants
  | RecordMissionEvaluationAnswer
  | CompileMissionEvaluations
  | CancelPremierMission;
