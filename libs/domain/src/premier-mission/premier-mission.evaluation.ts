import { CommandRefused, InvalidCommand } from '../shared/errors';
import type { Command } from '../shared/command';
import { nowOf, optionalText, requirePastInstant, text } from '../shared/validation';
import { compileEvaluations } from './premier-mission.compilation';
import type {
  CompileMissionEvaluations,
  EndPremierMission,
  RecordMissionEvaluationAnswer,
  RemindMissionParticipants,
} from './premier-mission.commands';
import { requireEvaluationPlan } from './premier-mission.evaluation-plan';
import type { EvaluationRecipient, PremierMissionEvent } from './premier-mission.events';
import { isoOf, pendingParticipants, requireEvaluating, requireStatus } from './premier-mission.guards';
import { authorizePremierMissionCommand } from './premier-mission.permissions';
import type { MissionParticipant, PremierMissionState } from './premier-mission.state';
import { MISSION_EVALUATION_TARGET_ID } from './premier-mission.standards';
import { requireRatings } from './premier-mission.validation';

// The end of the mission and its evaluation: sent to every participant, one reminder, answers,
// then the compilation that closes the case.

type Events = PremierMissionEvent[];

const recipient = ({ participantId, name, contact }: MissionParticipant): EvaluationRecipient => ({ participantId, name, contact });

/** An end before its evaluation plan is computed (the plan comes from an activity, after this check). */
export type MissionEnding = Command<'EndPremierMission', Record<string, never>>;

/**
 * Everything an end must satisfy but its evaluation plan, so that an update validator can refuse
 * it before any activity runs. The timer (`system`) ends the mission only at `endsAt`; staff may
 * record an earlier end (a mission cut short). Returns the end instant, the plan's `sentAt`.
 */
export function checkEndPremierMission({ type, metadata }: Pick<MissionEnding, 'type' | 'metadata'>, state: PremierMissionState) {
  authorizePremierMissionCommand({ type, metadata }, state);
  const mission = requireStatus(state, 'in-progress');
  const now = nowOf(metadata);
  if (metadata.actor.role === 'system' && now < Date.parse(mission.endsAt)) {
    throw new CommandRefused(`the mission ends at ${mission.endsAt}`);
  }
  return { endedAt: isoOf(now) };
}

/** Ends the mission and sends every participant the evaluation, one event each. */
export function end(command: EndPremierMission, state: PremierMissionState): Events {
  const { endedAt } = checkEndPremierMission(command, state);
  const evaluation = requireEvaluationPlan(command.data.evaluation, 'evaluation');
  if (evaluation.targetId !== MISSION_EVALUATION_TARGET_ID) {
    throw new InvalidCommand('evaluation.targetId', `must be ${MISSION_EVALUATION_TARGET_ID}`);
  }
  if (Date.parse(evaluation.sentAt) !== Date.parse(endedAt)) {
    throw new InvalidCommand('evaluation.sentAt', 'must equal the end of the mission (metadata.now)');
  }
  const participants = state.status === 'none' ? [] : state.participants;
  return [
    { type: 'PremierMissionEnded', data: { endedAt, recordedBy: command.metadata.actor.id, evaluation } },
    ...participants.map((p): PremierMissionEvent => ({ type: 'MissionEvaluationSent', data: { ...recipient(p), sentAt: endedAt } })),
  ];
}

/** Once, from `remindAt`, to those who have not answered; skipped once the window has closed. */
export function remind(command: RemindMissionParticipants, state: PremierMissionState): Events {
  const mission = requireEvaluating(state);
  const { reminded, plan } = mission.evaluation;
  const now = nowOf(command.metadata);
  if (reminded) throw new CommandRefused('the participants were already reminded');
  if (now < Date.parse(plan.remindAt)) throw new CommandRefused(`no reminder before ${plan.remindAt}`);
  if (now >= Date.parse(plan.closesAt)) throw new CommandRefused(`the evaluation closed at ${plan.closesAt}: compile it`);
  const pending = pendingParticipants(mission);
  if (pending.length === 0) throw new CommandRefused('every participant has answered');
  return pending.map((p) => ({ type: 'MissionEvaluationReminderSent', data: { ...recipient(p), remindedAt: isoOf(now) } }));
}

/** Answers are taken until the compilation, even after the window closes. */
export function recordAnswer(command: RecordMissionEvaluationAnswer, state: PremierMissionState): Events {
  const mission = requireEvaluating(state);
  const { data } = command;
  const participantId = text(data.participantId, 'participantId');
  if (!mission.evaluation.sentTo.includes(participantId)) {
    throw new InvalidCommand('participantId', `${participantId} was not sent this mission's evaluation`);
  }
  if (Object.hasOwn(mission.evaluation.answers, participantId)) {
    throw new CommandRefused(`${participantId} has already answered`);
  }
  const ratings = requireRatings(data.ratings);
  const comment = optionalText(data.comment, 'comment');
  const answeredAt = requirePastInstant(data.answeredAt, 'answeredAt', nowOf(command.metadata));
  if (Date.parse(answeredAt) < Date.parse(mission.evaluation.plan.sentAt)) {
    throw new InvalidCommand('answeredAt', 'must not be before the evaluation was sent');
  }
  const answer = { participantId, ratings, comment, answeredAt, recordedBy: command.metadata.actor.id };
  return [{ type: 'MissionEvaluationAnswered', data: answer }];
}

/** At `closesAt`, or as soon as every participant has answered. */
export function compile(command: CompileMissionEvaluations, state: PremierMissionState): Events {
  const mission = requireEvaluating(state);
  const { plan, sentTo, answers } = mission.evaluation;
  const now = nowOf(command.metadata);
  const pending = pendingParticipants(mission).length;
  if (pending > 0 && now < Date.parse(plan.closesAt)) {
    throw new CommandRefused(`${pending} participant(s) may answer until ${plan.closesAt}`);
  }
  const answered = sentTo.flatMap((id) => answers[id] ?? []);
  return [{ type: 'MissionEvaluationsCompiled', data: { ...compileEvaluations(sentTo.length, answered), compiledAt: isoOf(now) } }];
}
