import { NotFoundException } from '@nestjs/common';
import type { PremierMissionView } from '@entente/workflows';
import type { MissionEvaluationDto } from './dto/mission-evaluation.dto';

/**
 * The evaluation of a mission as its live state holds it, empty until the mission ends. Contact
 * persons stay out: personal information, which the mailer already had from the events.
 */
export function missionEvaluationOf({ caseId, state }: PremierMissionView): MissionEvaluationDto {
  if (state.status === 'none') throw new NotFoundException(`case ${caseId} not found`);
  const { evaluation, participants } = state;
  if (!evaluation) return { caseId, status: state.status, plan: null, reminded: false, sentTo: [], answered: [], compilation: null };
  const { sentAt, remindAt, closesAt } = evaluation.plan;
  const nameOf = (id: string) => participants.find((p) => p.participantId === id)?.name ?? id;
  return {
    caseId,
    status: state.status,
    plan: { sentAt, remindAt, closesAt },
    reminded: evaluation.reminded,
    // The evaluation goes out in registration order.
    sentTo: participants
      .filter((p) => evaluation.sentTo.includes(p.participantId))
      .map(({ participantId, name, kind }) => ({ participantId, name, kind })),
    answered: Object.entries(evaluation.answers).map(([id, { answeredAt }]) => ({ participantId: id, name: nameOf(id), answeredAt })),
    compilation: evaluation.compilation,
  };
}
