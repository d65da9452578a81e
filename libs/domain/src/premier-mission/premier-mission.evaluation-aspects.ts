import { EVALUATION_ASPECTS, type EvaluationAspect } from './premier-mission.events';
import type { PremierMission } from './premier-mission.state';

/**
 * What a participant is asked to rate: each kind of service the Bureau recorded for them or for
 * the whole delegation, then the whole organization, in EVALUATION_ASPECTS order.
 */
export function aspectsFor(mission: PremierMission, participantId: string): EvaluationAspect[] {
  const used = new Set<EvaluationAspect>(
    mission.services.filter((service) => service.participantId === null || service.participantId === participantId).map((s) => s.kind),
  );
  return EVALUATION_ASPECTS.filter((aspect) => aspect === 'overall-organization' || used.has(aspect));
}
