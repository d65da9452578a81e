import { CommandRefused, InvalidCommand } from '../shared/errors';
import type { Command } from '../shared/command';
import { factInstant, nowOf, optionalText, requirePastInstant, text } from '../shared/validation';
import { compileEvaluations } from './premier-mission.compilation';
import type {
  CompileMissionEvaluations,
  EndPremierMission,
  RecordMissionEvaluationAnswer,
  RemindMissionParticipants,
} from './premier-mission.commands';
import { requireEvaluationPlan } from './premier-mission.evaluation-plan';
import type { EvaluationAspect, EvaluationRatings, EvaluationRecipient, PremierMissionEvent } from './premier-mission.events';
import { isoOf, pendingParticipants, requireEvaluating, requireStatus } from './premier-mission.guards';
import { aspectsFor } from './premier-mission.evaluation-aspects';
import { authorizeAnswerFor, authorizePremierMissionCommand } from './premier-mission.permissions';
import type { MissionParticipant, PremierMission, PremierMissionState } from './premier-mission.state';
import { PREMIER_MISSION_RULES, type PremierMissionRules } from './premier-mission.rules';
import { MISSION_EVALUATION_TARGET_ID } from './premier-mission.standards';
import { requireRatings } from './premier-mission.validation';

// The end of the mission and its evaluation: sent to every participant, one reminder, answers,
// then the compilation that closes the case.

type Events = PremierMissionEvent[];

const recipient = ({ participantId, name, contact }: MissionParticipant): EvaluationRecipient => ({ participantId, name, contact });

/** An end before its evaluation plan is computed (the plan comes from an activity, after this check). */
export type MissionEnding = Command<'EndPremierMission', Omit<EndPremierMission['data'], 'evaluation'>>;

/** A mission ends neither before its first day nor before it started (staff may start it early). */
function endFollows({ startsAt, startedAt }: PremierMission) {
  if (startedAt && Date.parse(startedAt) > Date.parse(startsAt)) return { at: startedAt, what: 'the start of the mission' };
  return { at: startsAt, what: "the mission's first day" };
}

/**
 * Everything an end must satisfy but its evaluation plan, so that an update validator can refuse
 * it before any activity runs. The timer (`system`) ends the mission only at `endsAt`; staff may
 * record an earlier end (a mission cut short), at the instant it happened. Returns that instant.
 */
export function checkEndPremierMission({ type, data, metadata }: MissionEnding, state: PremierMissionState, rules = PREMIER_MISSION_RULES) {
  authorizePremierMissionCommand({ type, metadata }, state);
  const mission = requireStatus(state, 'in-progress');
  const now = nowOf(metadata);
  if (metadata.actor.role === 'system' && now < Date.parse(mission.endsAt)) {
    throw new CommandRefused(`the mission ends at ${mission.endsAt}`);
  }
  return { endedAt: factInstant(data.endedAt, 'endedAt', metadata, rules.factsInOrder ? endFollows(mission) : undefined) };
}

/** Ends the mission and sends every participant the evaluation, one event each, as the end is recorded. */
export function end(command: EndPremierMission, state: PremierMissionState, rules: PremierMissionRules): Events {
  const { endedAt } = checkEndPremierMission(command, state, rules);
  const evaluation = requireEvaluationPlan(command.data.evaluation, 'evaluation');
  if (evaluation.targetId !== MISSION_EVALUATION_TARGET_ID) {
    throw new InvalidCommand('evaluation.targetId', `must be ${MISSION_EVALUATION_TARGET_ID}`);
  }
  const recordedAt = isoOf(nowOf(command.metadata));
  if (Date.parse(evaluation.sentAt) !== Date.parse(recordedAt)) {
    throw new InvalidCommand('evaluation.sentAt', 'must be when the end is recorded (metadata.now)');
  }
  const participants = state.status === 'none' ? [] : state.participants;
  return [
    { type: 'PremierMissionEnded', data: { endedAt, recordedBy: command.metadata.actor.id, recordedAt, evaluation } },
    ...participants.map((p): PremierMissionEvent => ({ type: 'MissionEvaluationSent', data: { ...recipient(p), sentAt: recordedAt } })),
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

/**
 * Answers are taken until the compilation, even after the window closes. A participant rates only
 * what they were asked (`aspectsFor`); staff record a paper form as it was filled in.
 */
export function recordAnswer(command: RecordMissionEvaluationAnswer, state: PremierMissionState): Events {
  const mission = requireEvaluating(state);
  const { data } = command;
  const participantId = text(data.participantId, 'participantId');
  authorizeAnswerFor(participantId, command);
  if (!mission.evaluation.sentTo.includes(participantId)) {
    throw new InvalidCommand('participantId', `${participantId} was not sent this mission's evaluation`);
  }
  if (Object.hasOwn(mission.evaluation.answers, participantId)) {
    throw new CommandRefused(`${participantId} has already answered`);
  }
  const ratings = requireRatings(data.ratings);
  if (command.metadata.actor.role === 'participant') requireAskedOf(ratings, aspectsFor(mission, participantId));
  const comment = optionalText(data.comment, 'comment');
  const answeredAt = requirePastInstant(data.answeredAt, 'answeredAt', nowOf(command.metadata));
  if (Date.parse(answeredAt) < Date.parse(mission.evaluation.plan.sentAt)) {
    throw new InvalidCommand('answeredAt', 'must not be before the evaluation was sent');
  }
  const answer = { participantId, ratings, comment, answeredAt, recordedBy: command.metadata.actor.id };
  return [{ type: 'MissionEvaluationAnswered', data: answer }];
}

function requireAskedOf(ratings: EvaluationRatings, asked: readonly EvaluationAspect[]): void {
  const unasked = Object.keys(ratings).find((aspect) => !asked.includes(aspect as EvaluationAspect));
  if (unasked !== undefined) throw new InvalidCommand(`ratings.${unasked}`, 'is not a service provided to this participant');
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
