import { aspectsFor, type PremierMissionState } from '@entente/domain';
import { EvaluationLinkUnknown } from './evaluation-link.errors';
import type { EvaluationLinkDto, LinkStatus } from './dto/evaluation-link.dto';

/**
 * What a participant's link shows of the mission as its workflow holds it: the mission as announced
 * and their own answer's standing, never another participant's information. A link to a
 * participant never sent the evaluation is none of ours.
 */
export function evaluationLinkViewOf(state: PremierMissionState, participantId: string): EvaluationLinkDto {
  const participant = state.status === 'none' ? undefined : state.participants.find((p) => p.participantId === participantId);
  if (state.status === 'none' || !participant || !state.evaluation?.sentTo.includes(participantId)) throw new EvaluationLinkUnknown();
  const { theme, destination, startsOn, endsOn, evaluation } = state;
  return {
    mission: { theme, city: destination.city, country: destination.country, startsOn, endsOn },
    participant: participant.name,
    status: statusOf(state.status, Object.hasOwn(evaluation.answers, participantId)),
    aspects: aspectsFor(state, participantId),
    answersUntil: evaluation.plan.closesAt,
    language: participant.contact.language ?? null,
  };
}

function statusOf(mission: Exclude<PremierMissionState['status'], 'none'>, answered: boolean): LinkStatus {
  if (answered) return 'answered';
  return mission === 'evaluating' ? 'open' : 'closed';
}
