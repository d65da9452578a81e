import { CommandRefused } from '../shared/errors';
import {
  isPremierMissionEvaluating,
  isPremierMissionOpen,
  type EvaluatingPremierMission,
  type OpenPremierMission,
  type PremierMission,
  type PremierMissionState,
  type PremierMissionStatus,
} from './premier-mission.state';

// What the state must be for a command; each refusal says why.

const STATUS_WORDS: Record<PremierMissionStatus, string> = {
  'registration-open': 'open for registration',
  'registration-closed': 'closed for registration',
  'in-progress': 'in progress',
  evaluating: 'over (its evaluation is under way)',
  compiled: 'over and its evaluation compiled',
  cancelled: 'cancelled',
};

export const isoOf = (ms: number): string => new Date(ms).toISOString();

export function requireMission(state: PremierMissionState): PremierMission {
  if (state.status === 'none') throw new CommandRefused('no Premier-led mission has been planned in this case');
  return state;
}

/** The mission is in one of `statuses`; otherwise refused with what it is instead. */
export function requireStatus(state: PremierMissionState, ...statuses: PremierMissionStatus[]): PremierMission {
  const mission = requireMission(state);
  if (!statuses.includes(mission.status)) throw new CommandRefused(`the mission is ${STATUS_WORDS[mission.status]}`);
  return mission;
}

export function requireOpenMission(state: PremierMissionState): OpenPremierMission {
  const mission = requireMission(state);
  if (isPremierMissionOpen(mission)) return mission;
  throw new CommandRefused(`the mission is ${STATUS_WORDS[mission.status]}`);
}

export function requireEvaluating(state: PremierMissionState): EvaluatingPremierMission {
  requireStatus(state, 'evaluating');
  if (!isPremierMissionEvaluating(state)) throw new CommandRefused('the evaluation has not been sent');
  return state;
}

/** Participants sent the evaluation who have not answered, in registration order. */
export function pendingParticipants(mission: EvaluatingPremierMission): PremierMission['participants'] {
  const { sentTo, answers } = mission.evaluation;
  return mission.participants.filter((p) => sentTo.includes(p.participantId) && !Object.hasOwn(answers, p.participantId));
}
