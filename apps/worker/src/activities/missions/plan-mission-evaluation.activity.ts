import { evaluationTargetInForce, MissionEvaluationPlan, planMissionEvaluation, PREMIER_MISSION_TARGETS } from '@entente/domain';
import type { ClockSources } from '../clocks/plan-service-standard-clock.activity';

/** Reminder and closing of a mission's evaluation, planned outside the workflow so replay never recomputes them. */
export function missionActivities(sources: Pick<ClockSources, 'calendar'>) {
  return {
    async planMissionEvaluation(sentAt: string): Promise<MissionEvaluationPlan> {
      return planMissionEvaluation(evaluationTargetInForce(PREMIER_MISSION_TARGETS, sentAt), await sources.calendar(), sentAt);
    },
  };
}
