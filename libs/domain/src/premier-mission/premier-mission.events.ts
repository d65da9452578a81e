import type { NoticeLanguage } from '../notifications/recipients';
import type { Event } from '../shared/event';
import type { MissionEvaluationPlan } from './premier-mission.evaluation-plan';

// A mission abroad led by the Premier, as the Bureau des missions runs it (declaration of
// services, "Québec missions"): companies and institutions register, the Bureau provides
// logistics, and at the end every participant is asked to evaluate the services.

export type ParticipantKind = 'company' | 'institution';
export const PARTICIPANT_KINDS: readonly ParticipantKind[] = ['company', 'institution'];

/** What the Bureau provides, per participant or for the whole delegation. */
export type LogisticsServiceKind = 'accommodation' | 'transport' | 'briefing' | 'meetings' | 'interpretation';
export const LOGISTICS_SERVICE_KINDS: readonly LogisticsServiceKind[] = [
  'accommodation',
  'transport',
  'briefing',
  'meetings',
  'interpretation',
];

/** What participants rate, 1 (poor) to 5 (excellent): each kind of service, and the whole. */
export type EvaluationAspect = LogisticsServiceKind | 'overall-organization';
export const EVALUATION_ASPECTS: readonly EvaluationAspect[] = [...LOGISTICS_SERVICE_KINDS, 'overall-organization'];

/** Only the aspects the participant rated: not everyone used every service. */
export type EvaluationRatings = Readonly<Partial<Record<EvaluationAspect, number>>>;

export interface MissionDestination {
  readonly city: string;
  readonly country: string;
  /** IANA zone of the destination: the mission's dates are its local dates. */
  readonly timeZone: string;
}

/** The participant's contact person. Personal information: confidential (declaration of services). */
export interface ParticipantContact {
  readonly name: string;
  readonly email: string;
  readonly phone: string | null;
  /**
   * The language they correspond in, when staff recorded one: their evaluation is written in it.
   * Absent from contacts registered before it was asked (and when not known): both, French first.
   */
  readonly language?: NoticeLanguage;
}

/** Who the evaluation goes to: self-sufficient, so the mailer needs nothing but the event. */
export interface EvaluationRecipient {
  readonly participantId: string;
  readonly name: string;
  readonly contact: ParticipantContact;
}

export interface AspectFigures {
  readonly aspect: EvaluationAspect;
  readonly responses: number;
  /** Mean rating, two decimals. */
  readonly average: number;
}

/** The figures of a mission's evaluation (see premier-mission.compilation.ts). */
export interface MissionEvaluationCompilation {
  readonly invited: number;
  readonly answered: number;
  /** answered / invited, two decimals; null when nobody was invited. */
  readonly responseRate: number | null;
  /** Aspects nobody rated are left out. In EVALUATION_ASPECTS order. */
  readonly aspects: readonly AspectFigures[];
  /** Free comments, unattributed, in the order of the participants the evaluation was sent to. */
  readonly comments: readonly string[];
}

/** `startsAt`/`endsAt`: local midnight at the destination starting the first day and ending the last. */
export type PremierMissionPlanned = Event<
  'PremierMissionPlanned',
  {
    caseId: string;
    destination: MissionDestination;
    theme: string;
    startsOn: string;
    endsOn: string;
    startsAt: string;
    endsAt: string;
    officerId: string;
    plannedBy: string;
    plannedAt: string;
  }
>;

export type PremierMissionReassigned = Event<
  'PremierMissionReassigned',
  { fromOfficerId: string; toOfficerId: string; reason: string | null }
>;

export type MissionParticipantRegistered = Event<
  'MissionParticipantRegistered',
  {
    participantId: string;
    name: string;
    kind: ParticipantKind;
    contact: ParticipantContact;
    registeredAt: string;
    recordedBy: string;
  }
>;

/** By staff, or implied by the start of the mission (`onMissionStart`). */
export type MissionRegistrationClosed = Event<
  'MissionRegistrationClosed',
  { closedAt: string; closedBy: string; participantCount: number; onMissionStart: boolean }
>;

/** `participantId` null: a service to the whole delegation. */
export type MissionLogisticsServiceRecorded = Event<
  'MissionLogisticsServiceRecorded',
  {
    serviceId: string;
    participantId: string | null;
    kind: LogisticsServiceKind;
    description: string;
    providedOn: string | null;
    recordedBy: string;
    recordedAt: string;
  }
>;

export type PremierMissionStarted = Event<'PremierMissionStarted', { startedAt: string; recordedBy: string }>;

/**
 * Followed, in the same decision, by one `MissionEvaluationSent` per participant, sent when the
 * end is recorded (`recordedAt`, schema 2; the same instant as `endedAt` before).
 */
export type PremierMissionEnded = Event<
  'PremierMissionEnded',
  { endedAt: string; recordedBy: string; recordedAt: string; evaluation: MissionEvaluationPlan }
>;

export type MissionEvaluationSent = Event<'MissionEvaluationSent', EvaluationRecipient & { sentAt: string }>;

export type MissionEvaluationReminderSent = Event<'MissionEvaluationReminderSent', EvaluationRecipient & { remindedAt: string }>;

export type MissionEvaluationAnswered = Event<
  'MissionEvaluationAnswered',
  { participantId: string; ratings: EvaluationRatings; comment: string | null; answeredAt: string; recordedBy: string }
>;

/** Closes the case. */
export type MissionEvaluationsCompiled = Event<'MissionEvaluationsCompiled', MissionEvaluationCompilation & { compiledAt: string }>;

/** Closes the case; only before the mission starts. */
export type PremierMissionCancelled = Event<'PremierMissionCancelled', { reason: string; cancelledAt: string; cancelledBy: string }>;

export type PremierMissionEvent =
  | PremierMissionPlanned
  | PremierMissionReassigned
  | MissionParticipantRegistered
  | MissionRegistrationClosed
  | MissionLogisticsServiceRecorded
  | PremierMissionStarted
  | PremierMissionEnded
  | MissionEvaluationSent
  | MissionEvaluationReminderSent
  | MissionEvaluationAnswered
  | MissionEvaluationsCompiled
  | PremierMissionCancelled;
