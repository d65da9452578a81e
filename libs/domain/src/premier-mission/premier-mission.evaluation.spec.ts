import type { Actor } from '../shared/command';
import { CommandRefused, ForbiddenCommand, InvalidCommand } from '../shared/errors';
import { fold } from '../shared/decider';
import { DeciderSpecification } from '../testing';
import { QC_PUBLIC_SERVICE_CALENDAR } from '../calendar/working-calendar';
import type {
  CompileMissionEvaluations,
  EndPremierMission,
  RecordMissionEvaluationAnswer,
  RemindMissionParticipants,
} from './premier-mission.commands';
import { premierMissionDecider, premierMissionDeciderUnder } from './premier-mission.decider';
import { FIRST_PREMIER_MISSION_RULES } from './premier-mission.rules';
import { checkEndPremierMission, type MissionEnding } from './premier-mission.evaluation';
import { planMissionEvaluation } from './premier-mission.evaluation-plan';
import type { PremierMissionEvent } from './premier-mission.events';
import {
  answered,
  ANSWERED_AT,
  auditor,
  CGI,
  closedRegistration,
  CLOSES_AT,
  command,
  director,
  ended,
  ENDS_AT,
  EVALUATING,
  EVALUATION,
  intake,
  LAVAL,
  odile,
  olivier,
  planned,
  REGISTERING,
  REMIND_AT,
  sent,
  supervisor,
  system,
  UNDER_WAY,
} from './premier-mission.fixtures';
import { MISSION_EVALUATION_TARGET } from './premier-mission.standards';

const spec = DeciderSpecification.for(premierMissionDecider);
const field = (name: string) => (error: InvalidCommand) => error.field === name;
const saying = (pattern: RegExp) => (error: Error) => pattern.test(error.message);
const cancelled: PremierMissionEvent = {
  type: 'PremierMissionCancelled',
  data: { reason: 'Postponed.', cancelledAt: '2026-06-01T14:00:00.000Z', cancelledBy: 'sophie' },
};
const lavalAnswer = answered(
  'p-laval',
  { accommodation: 5, briefing: 4, 'overall-organization': 5 },
  'Excellent briefing at the Délégation.',
);
const cgiAnswer = answered('p-cgi', { accommodation: 3, transport: 4, 'overall-organization': 4 });
const compiled = (compiledAt: string): PremierMissionEvent => ({
  type: 'MissionEvaluationsCompiled',
  data: { invited: 2, answered: 0, responseRate: 0, aspects: [], comments: [], compiledAt },
});

describe('EndPremierMission', () => {
  const end = (
    actor: Actor = system,
    now = ENDS_AT,
    evaluation = planMissionEvaluation(MISSION_EVALUATION_TARGET, QC_PUBLIC_SERVICE_CALENDAR, now),
    endedAt?: string,
  ) => command<EndPremierMission>('EndPremierMission', endedAt === undefined ? { evaluation } : { evaluation, endedAt }, actor, now);

  it('the timer ends the mission at midnight in Paris and sends every participant the evaluation', () => {
    spec
      .given(UNDER_WAY)
      .when(end())
      .then([ended, sent(LAVAL), sent(CGI)]);
  });

  it('the officer in charge records an early end; nobody registered, nothing sent', () => {
    const early = '2026-06-22T10:00:00.000Z';
    const evaluation = planMissionEvaluation(MISSION_EVALUATION_TARGET, QC_PUBLIC_SERVICE_CALENDAR, early);
    const events = [planned, { type: 'PremierMissionStarted', data: { startedAt: '2026-06-18T07:00:00.000Z', recordedBy: 'olivier' } }];
    spec
      .given(events as PremierMissionEvent[])
      .when(end(olivier, early, evaluation))
      .then([{ type: 'PremierMissionEnded', data: { endedAt: early, recordedBy: 'olivier', recordedAt: early, evaluation } }]);
  });

  it('records an end that happened yesterday at its instant; the evaluation is sent now', () => {
    const now = '2026-06-24T13:00:00.000Z';
    const evaluation = planMissionEvaluation(MISSION_EVALUATION_TARGET, QC_PUBLIC_SERVICE_CALENDAR, now);
    spec
      .given(UNDER_WAY)
      .when(end(olivier, now, evaluation, '2026-06-23T18:00:00+02:00'))
      .then([
        { type: 'PremierMissionEnded', data: { endedAt: '2026-06-23T16:00:00.000Z', recordedBy: 'olivier', recordedAt: now, evaluation } },
        { ...sent(LAVAL), data: { ...sent(LAVAL).data, sentAt: now } },
        { ...sent(CGI), data: { ...sent(CGI).data, sentAt: now } },
      ]);
  });

  it.each([
    ['before its first day (started early by staff)', '2026-06-10T10:00:00.000Z', undefined, /before the mission's first day/],
    ['in the future', '2026-06-20T10:00:00.000Z', '2026-06-20T10:00:01.000Z', /future/],
  ])('refuses an end %s, naming endedAt', (_, now, endedAt, message) => {
    const startedEarly = { type: 'PremierMissionStarted', data: { startedAt: '2026-06-09T10:00:00.000Z', recordedBy: 'olivier' } };
    const evaluation = planMissionEvaluation(MISSION_EVALUATION_TARGET, QC_PUBLIC_SERVICE_CALENDAR, now);
    spec
      .given([...REGISTERING, closedRegistration, startedEarly] as PremierMissionEvent[])
      .when(end(olivier, now, evaluation, endedAt))
      .thenThrows(InvalidCommand, (e) => e.field === 'endedAt' && message.test(e.message));
  });

  it('under its first rules, as missions ended before them replay, ends before the first day', () => {
    const now = '2026-06-10T10:00:00.000Z';
    const evaluation = planMissionEvaluation(MISSION_EVALUATION_TARGET, QC_PUBLIC_SERVICE_CALENDAR, now);
    DeciderSpecification.for(premierMissionDeciderUnder(FIRST_PREMIER_MISSION_RULES))
      .given([planned, { type: 'PremierMissionStarted', data: { startedAt: now, recordedBy: 'olivier' } }] as PremierMissionEvent[])
      .when(end(olivier, now, evaluation))
      .then([{ type: 'PremierMissionEnded', data: { endedAt: now, recordedBy: 'olivier', recordedAt: now, evaluation } }]);
  });

  it('the timer is refused before the end', () => {
    spec
      .given(UNDER_WAY)
      .when(end(system, '2026-06-23T21:59:59.000Z'))
      .thenThrows(CommandRefused, saying(/ends at 2026-06-23T22:00/));
  });

  it.each([
    ['no mission', []],
    ['a mission not started', REGISTERING],
    ['an ended mission', EVALUATING],
    ['a cancelled mission', [planned, cancelled]],
  ])('is refused on %s', (_, events) => {
    spec.given(events).when(end()).thenThrows(CommandRefused);
  });

  it.each<[string, unknown]>([
    ['evaluation', null],
    ['evaluation.targetId', { ...EVALUATION, targetId: 'email-information-request' }],
    ['evaluation.targetVersion', { ...EVALUATION, targetVersion: 0 }],
    ['evaluation.sentAt', { ...EVALUATION, sentAt: '2026-06-23T22:00:01.000Z' }],
    ['evaluation.remindAt', { ...EVALUATION, remindAt: ENDS_AT }],
    ['evaluation.closesAt', { ...EVALUATION, closesAt: REMIND_AT }],
  ])('rejects a bad %s', (name, evaluation) => {
    spec
      .given(UNDER_WAY)
      .when(end(system, ENDS_AT, evaluation as never))
      .thenThrows(InvalidCommand, field(name));
  });

  it.each([odile, intake, director, auditor])('is forbidden to $role $id', (actor) => {
    spec.given(UNDER_WAY).when(end(actor)).thenThrows(ForbiddenCommand);
  });

  it('checkEndPremierMission refuses before the plan is computed, and gives its sentAt', () => {
    const ending: MissionEnding = { type: 'EndPremierMission', data: {}, metadata: { actor: system, now: ENDS_AT, correlationId: 'c' } };
    expect(checkEndPremierMission(ending, foldOf(UNDER_WAY))).toEqual({ endedAt: ENDS_AT });
    expect(() => checkEndPremierMission(ending, foldOf(REGISTERING))).toThrow(CommandRefused);
    expect(() => checkEndPremierMission({ ...ending, metadata: { ...ending.metadata, actor: auditor } }, foldOf(UNDER_WAY))).toThrow(
      ForbiddenCommand,
    );
  });
});

const foldOf = (events: PremierMissionEvent[]) => fold(premierMissionDecider, events);

describe('RemindMissionParticipants', () => {
  const remind = (now = REMIND_AT, actor: Actor = system) =>
    command<RemindMissionParticipants>('RemindMissionParticipants', {}, actor, now);
  const reminder = ({ participantId, name, contact }: typeof LAVAL, remindedAt = REMIND_AT): PremierMissionEvent => ({
    type: 'MissionEvaluationReminderSent',
    data: { participantId, name, contact: { phone: null, ...contact }, remindedAt },
  });

  it('reminds, once, every participant who has not answered', () => {
    spec
      .given(EVALUATING)
      .when(remind())
      .then([reminder(LAVAL), reminder(CGI)]);
    spec
      .given([...EVALUATING, lavalAnswer])
      .when(remind())
      .then([reminder(CGI)]);
  });

  it('a late timer still reminds until the window closes', () => {
    spec
      .given(EVALUATING)
      .when(remind('2026-07-09T20:59:59.000Z'))
      .then([reminder(LAVAL, '2026-07-09T20:59:59.000Z'), reminder(CGI, '2026-07-09T20:59:59.000Z')]);
  });

  it.each([
    ['before remindAt (Canada Day counts no working day)', EVALUATING, '2026-07-02T20:59:59.999Z', /no reminder before/],
    ['once the window has closed', EVALUATING, CLOSES_AT, /closed at .*compile/],
    ['twice', [...EVALUATING, reminder(CGI)], REMIND_AT, /already reminded/],
    ['when everyone has answered', [...EVALUATING, lavalAnswer, cgiAnswer], REMIND_AT, /every participant has answered/],
    ['before the end', UNDER_WAY, REMIND_AT, /in progress/],
    ['after the compilation', [...EVALUATING, compiled(CLOSES_AT)], REMIND_AT, /compiled/],
    ['on no mission', [], REMIND_AT, /no Premier-led mission/],
  ])('is refused %s', (_, events, now, reason) => {
    spec.given(events).when(remind(now)).thenThrows(CommandRefused, saying(reason));
  });

  it.each([olivier, supervisor, intake, auditor])('is forbidden to $role', (actor) => {
    spec.given(EVALUATING).when(remind(REMIND_AT, actor)).thenThrows(ForbiddenCommand);
  });
});

describe('RecordMissionEvaluationAnswer', () => {
  const answer = (data: Partial<RecordMissionEvaluationAnswer['data']> = {}, actor: Actor = intake, now = '2026-06-29T14:00:00.000Z') =>
    command<RecordMissionEvaluationAnswer>(
      'RecordMissionEvaluationAnswer',
      { participantId: 'p-laval', ratings: lavalAnswer.data.ratings, comment: lavalAnswer.data.comment, answeredAt: ANSWERED_AT, ...data },
      actor,
      now,
    );

  it('records the ratings and comment at the instant the participant answered', () => {
    spec.given(EVALUATING).when(answer()).then([lavalAnswer]);
  });

  it('a blank comment is null; the officer in charge may record; aspects keep their listed order', () => {
    const ratings = { 'overall-organization': 4, transport: 4, accommodation: 3 };
    const command = answer({ participantId: 'p-cgi', ratings, comment: ' ' }, olivier);
    spec
      .given(EVALUATING)
      .when(command)
      .then([{ ...cgiAnswer, data: { ...cgiAnswer.data, recordedBy: 'olivier' } }]);
    const [event] = premierMissionDecider.decide(command, foldOf(EVALUATING));
    expect(Object.keys((event?.data as { ratings: object }).ratings)).toEqual(['accommodation', 'transport', 'overall-organization']);
  });

  it('an answer arriving after the window closed is still taken until the compilation', () => {
    spec
      .given([...EVALUATING, lavalAnswer])
      .when(answer({ participantId: 'p-cgi', ratings: cgiAnswer.data.ratings, comment: null }, supervisor, '2026-07-10T13:00:00.000Z'))
      .then([{ ...cgiAnswer, data: { ...cgiAnswer.data, recordedBy: 'sophie' } }]);
  });

  it.each([
    ['twice', [...EVALUATING, lavalAnswer], /already answered/],
    ['after the compilation', [...EVALUATING, compiled(CLOSES_AT)], /compiled/],
    ['before the end', UNDER_WAY, /in progress/],
    ['on no mission', [], /no Premier-led mission/],
  ])('is refused %s', (_, events, reason) => {
    spec.given(events).when(answer()).thenThrows(CommandRefused, saying(reason));
  });

  it.each<[string, Partial<RecordMissionEvaluationAnswer['data']>]>([
    ['participantId', { participantId: '' }],
    ['participantId', { participantId: 'p-bombardier' }], // never sent the evaluation
    ['ratings', { ratings: null as never }],
    ['ratings', { ratings: {} }],
    ['ratings.catering', { ratings: { catering: 5 } as never }],
    ['ratings.transport', { ratings: { transport: 6 } }],
    ['ratings.briefing', { ratings: { briefing: 3.5 } }],
    ['ratings.meetings', { ratings: { meetings: '5' as never } }],
    ['comment', { comment: 42 as never }],
    ['answeredAt', { answeredAt: 'yesterday' }],
    ['answeredAt', { answeredAt: '2026-06-29T14:00:01Z' }], // after metadata.now
    ['answeredAt', { answeredAt: '2026-06-23T21:59:59Z' }], // before it was sent
  ])('rejects a bad %s', (name, data) => {
    spec.given(EVALUATING).when(answer(data)).thenThrows(InvalidCommand, field(name));
  });

  it.each([odile, director, auditor, system])('is forbidden to $role $id', (actor) => {
    spec.given(EVALUATING).when(answer({}, actor)).thenThrows(ForbiddenCommand);
  });
});

describe('CompileMissionEvaluations', () => {
  const compile = (now = CLOSES_AT, actor: Actor = system) =>
    command<CompileMissionEvaluations>('CompileMissionEvaluations', {}, actor, now);

  it('compiles at closing time: response rate, average per aspect, comments', () => {
    spec
      .given([...EVALUATING, lavalAnswer, cgiAnswer])
      .when(compile())
      .then([
        {
          type: 'MissionEvaluationsCompiled',
          data: {
            invited: 2,
            answered: 2,
            responseRate: 1,
            aspects: [
              { aspect: 'accommodation', responses: 2, average: 4 },
              { aspect: 'transport', responses: 1, average: 4 },
              { aspect: 'briefing', responses: 1, average: 4 },
              { aspect: 'overall-organization', responses: 2, average: 4.5 },
            ],
            comments: ['Excellent briefing at the Délégation.'],
            compiledAt: CLOSES_AT,
          },
        },
      ]);
  });

  it('compiles early once everyone has answered', () => {
    const [event] = premierMissionDecider.decide(compile('2026-06-29T14:00:00.000Z'), foldOf([...EVALUATING, cgiAnswer, lavalAnswer]));
    expect(event?.data).toMatchObject({ answered: 2, responseRate: 1, comments: ['Excellent briefing at the Délégation.'] });
  });

  it('compiles a silent mission at closing time, reminded or not', () => {
    spec
      .given(EVALUATING)
      .when(compile())
      .then([compiled(CLOSES_AT)]);
  });

  it('compiles at once a mission nobody registered for', () => {
    const events = [
      planned,
      { type: 'PremierMissionStarted', data: { startedAt: '2026-06-18T07:00:00.000Z', recordedBy: 'olivier' } },
      ended,
    ];
    spec
      .given(events as PremierMissionEvent[])
      .when(compile(ENDS_AT))
      .then([
        {
          type: 'MissionEvaluationsCompiled',
          data: { invited: 0, answered: 0, responseRate: null, aspects: [], comments: [], compiledAt: ENDS_AT },
        },
      ]);
  });

  it.each([
    [
      'while participants may still answer',
      [...EVALUATING, lavalAnswer],
      '2026-07-09T20:59:59.999Z',
      /1 participant\(s\) may answer until 2026-07-09T21:00/,
    ],
    ['twice', [...EVALUATING, compiled(CLOSES_AT)], CLOSES_AT, /compiled/],
    ['before the end', UNDER_WAY, CLOSES_AT, /in progress/],
    ['on a cancelled mission', [planned, cancelled], CLOSES_AT, /cancelled/],
  ])('is refused %s', (_, events, now, reason) => {
    spec.given(events).when(compile(now)).thenThrows(CommandRefused, saying(reason));
  });

  it.each([olivier, supervisor, director, auditor])('is forbidden to $role', (actor) => {
    spec.given(EVALUATING).when(compile(CLOSES_AT, actor)).thenThrows(ForbiddenCommand);
  });
});
