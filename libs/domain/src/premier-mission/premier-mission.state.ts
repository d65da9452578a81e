import type { CaseStanding } from '../shared/case-standing';
import { exhaustive } from '../shared/exhaustive';
import type { MissionEvaluationPlan } from './premier-mission.evaluation-plan';
import type {
  EvaluationRatings,
  LogisticsServiceKind,
  MissionDestination,
  MissionEvaluationCompilation,
  ParticipantContact,
  ParticipantKind,
  PremierMissionEvent,
} from './premier-mission.events';

export interface MissionParticipant {
  readonly participantId: string;
  readonly name: string;
  readonly kind: ParticipantKind;
  readonly contact: ParticipantContact;
  readonly registeredAt: string;
}

export interface MissionLogisticsService {
  readonly serviceId: string;
  readonly participantId: string | null;
  readonly kind: LogisticsServiceKind;
  readonly description: string;
  readonly providedOn: string | null;
}

export interface EvaluationAnswer {
  readonly ratings: EvaluationRatings;
  readonly comment: string | null;
  readonly answeredAt: string;
}

export interface MissionEvaluation {
  readonly plan: MissionEvaluationPlan;
  /** Participant ids the evaluation was sent to, in sending order. */
  readonly sentTo: readonly string[];
  readonly reminded: boolean;
  /** By participant id, in the order answers were recorded. */
  readonly answers: Readonly<Record<string, EvaluationAnswer>>;
  readonly compilation: (MissionEvaluationCompilation & { compiledAt: string }) | null;
}

export type PremierMissionStatus = 'registration-open' | 'registration-closed' | 'in-progress' | 'evaluating' | 'compiled' | 'cancelled';

export interface PremierMission {
  readonly status: PremierMissionStatus;
  readonly caseId: string;
  readonly destination: MissionDestination;
  readonly theme: string;
  readonly startsOn: string;
  readonly endsOn: string;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly officerId: string;
  /** In registration order. */
  readonly participants: readonly MissionParticipant[];
  readonly services: readonly MissionLogisticsService[];
  readonly startedAt: string | null;
  readonly endedAt: string | null;
  readonly evaluation: MissionEvaluation | null;
  readonly cancellation: { readonly reason: string; readonly cancelledAt: string } | null;
}

export type PremierMissionState = { readonly status: 'none' } | PremierMission;

export type EvaluatingPremierMission = PremierMission & { readonly status: 'evaluating'; readonly evaluation: MissionEvaluation };

export function initialPremierMissionState(): PremierMissionState {
  return { status: 'none' };
}

export type OpenPremierMission = PremierMission & { readonly status: Exclude<PremierMissionStatus, 'compiled' | 'cancelled'> };

/** Open until the answers are compiled or the mission is cancelled. */
export function isPremierMissionOpen(state: PremierMissionState): state is OpenPremierMission {
  return state.status !== 'none' && state.status !== 'compiled' && state.status !== 'cancelled';
}

/** Where the mission stands, for the work queue and Temporal's search attributes. */
export function premierMissionStanding(state: PremierMissionState): CaseStanding {
  return { status: state.status, assignee: state.status === 'none' ? null : state.officerId };
}

/** Not started yet: registration may be open or closed. */
export function isPremierMissionBeforeStart(state: PremierMissionState): state is PremierMission {
  return state.status === 'registration-open' || state.status === 'registration-closed';
}

export function isPremierMissionEvaluating(state: PremierMissionState): state is EvaluatingPremierMission {
  return state.status === 'evaluating' && state.evaluation !== null;
}

function onMission(state: PremierMissionState, change: (mission: PremierMission) => PremierMission): PremierMissionState {
  return state.status === 'none' ? state : change(state);
}

/** Evaluation events before `PremierMissionEnded` (impossible from the decider) change nothing. */
function onEvaluation(state: PremierMissionState, change: (evaluation: MissionEvaluation) => Partial<PremierMission>) {
  return onMission(state, (mission) => (mission.evaluation ? { ...mission, ...change(mission.evaluation) } : mission));
}

function planned(event: Extract<PremierMissionEvent, { type: 'PremierMissionPlanned' }>): PremierMission {
  const { caseId, destination, theme, startsOn, endsOn, startsAt, endsAt, officerId } = event.data;
  return {
    status: 'registration-open',
    caseId,
    destination,
    theme,
    startsOn,
    endsOn,
    startsAt,
    endsAt,
    officerId,
    participants: [],
    services: [],
    startedAt: null,
    endedAt: null,
    evaluation: null,
    cancellation: null,
  };
}

/** Pure and total: every event type is handled and none throws. */
export function evolvePremierMission(state: PremierMissionState, event: PremierMissionEvent): PremierMissionState {
  switch (event.type) {
    case 'PremierMissionPlanned':
      return planned(event);
    case 'PremierMissionReassigned':
      return onMission(state, (mission) => ({ ...mission, officerId: event.data.toOfficerId }));
    case 'MissionParticipantRegistered': {
      const { participantId, name, kind, contact, registeredAt } = event.data;
      const participant = { participantId, name, kind, contact, registeredAt };
      return onMission(state, (mission) => ({ ...mission, participants: [...mission.participants, participant] }));
    }
    case 'MissionRegistrationClosed':
      return onMission(state, (mission) => ({ ...mission, status: 'registration-closed' }));
    case 'MissionLogisticsServiceRecorded': {
      const { serviceId, participantId, kind, description, providedOn } = event.data;
      const service = { serviceId, participantId, kind, description, providedOn };
      return onMission(state, (mission) => ({ ...mission, services: [...mission.services, service] }));
    }
    case 'PremierMissionStarted':
      return onMission(state, (mission) => ({ ...mission, status: 'in-progress', startedAt: event.data.startedAt }));
    case 'PremierMissionEnded': {
      const { endedAt, evaluation: plan } = event.data;
      const evaluation = { plan, sentTo: [], reminded: false, answers: {}, compilation: null };
      return onMission(state, (mission) => ({ ...mission, status: 'evaluating', endedAt, evaluation }));
    }
    case 'MissionEvaluationSent':
      return onEvaluation(state, (evaluation) => ({
        evaluation: { ...evaluation, sentTo: [...evaluation.sentTo, event.data.participantId] },
      }));
    case 'MissionEvaluationReminderSent':
      return onEvaluation(state, (evaluation) => ({ evaluation: { ...evaluation, reminded: true } }));
    case 'MissionEvaluationAnswered': {
      const { participantId, ratings, comment, answeredAt } = event.data;
      return onEvaluation(state, (evaluation) => ({
        evaluation: { ...evaluation, answers: { ...evaluation.answers, [participantId]: { ratings, comment, answeredAt } } },
      }));
    }
    case 'MissionEvaluationsCompiled':
      return onEvaluation(state, (evaluation) => ({
        status: 'compiled',
        evaluation: { ...evaluation, compilation: { ...event.data } },
      }));
    case 'PremierMissionCancelled': {
      const { reason, cancelledAt } = event.data;
      return onMission(state, (mission) => ({ ...mission, status: 'cancelled', cancellation: { reason, cancelledAt } }));
    }
    default:
      return exhaustive(event, state);
  }
}
