import { CommandRefused, ForbiddenCommand, InvalidCommand } from '../shared/errors';
import type { ClockCommand } from '../service-standards/clock.commands';
import { DeciderSpecification } from '../testing';
import { QC_PUBLIC_SERVICE_CALENDAR } from '../calendar/working-calendar';
import { planClock } from '../service-standards/clock-plan';
import { ENGAGEMENT_ACTIVITY_REPORT_STANDARD } from './cooperation-engagement.standards';
import type {
  CancelActivity,
  DeclareServiceDeliveryComplete,
  PlanActivity,
  RecordActivityHeld,
  RecordFollowUp,
  SubmitActivityReport,
} from './cooperation-engagement.commands';
import {
  checkDeclareServiceDeliveryComplete,
  cooperationEngagementDecider,
  cooperationEngagementDeciderUnder,
  DATED_COOPERATION_ENGAGEMENT_RULES,
  FIRST_COOPERATION_ENGAGEMENT_RULES,
} from './cooperation-engagement.decider';
import type { CooperationEngagementEvent } from './cooperation-engagement.events';
import {
  ACTIVITY_PLANNED_AT,
  approved,
  AT_DELIVERY,
  AT_FOLLOW_UP,
  AWAITING_V2,
  command,
  COMPLETED_AT,
  coordinator,
  deliveryCompleted,
  field,
  otherCoordinator,
  PLAN_CLOCK,
  REPORT_CLOCK,
  REPORTED_AT,
  saying,
  SEMINAR_HELD_RECORDED_AT,
  seminarHeld,
  seminarPlanned,
  supervisor,
  system,
  workshopCancelled,
  workshopPlanned,
} from './cooperation-engagement.fixtures';

const spec = DeciderSpecification.for(cooperationEngagementDecider);

const {
  recordedBy: _by,
  recordedAt: _at,
  ...seminar
} = seminarPlanned.data as PlanActivity['data'] & { recordedBy: string; recordedAt: string };
const planActivity = (data: Partial<PlanActivity['data']> = {}, now = ACTIVITY_PLANNED_AT) =>
  command<PlanActivity>('PlanActivity', { ...seminar, ...data }, coordinator, now);

describe('PlanActivity', () => {
  it("plans a training seminar in the partner's offices, in a sector of the approved plan", () => {
    spec.given(AT_DELIVERY).when(planActivity()).then([seminarPlanned]);
  });

  it('plans a workshop by video conference in sector 5, which only the approved revision added', () => {
    const data = {
      activityId: 'workshop-broadcasting',
      title: 'Debate broadcasting',
      form: 'practical-workshop' as const,
      place: 'video-conference' as const,
      sectors: [5 as const],
    };
    spec
      .given(AT_DELIVERY)
      .when(planActivity(data))
      .then([{ ...seminarPlanned, data: { ...seminarPlanned.data, ...data } }]);
  });

  it.each([
    ['before the plan is approved', AWAITING_V2, /stage 2, action plan; PlanActivity belongs at stage 3/],
    ['the id is taken', [...AT_DELIVERY, seminarPlanned], /seminar-drafting is already planned/],
    ['the approved plan has no such form', null, /version 2\) provides no needs-assessment-and-support-service/],
    ['the approved plan does not cover the sector', null, /does not cover sector 1, 6/],
    ['delivery is complete', AT_FOLLOW_UP, /stage 4/],
  ])('is refused when %s', (why, given, reason) => {
    const data = why.includes('form')
      ? { form: 'needs-assessment-and-support-service' as const }
      : why.includes('sector')
        ? { sectors: [6, 3, 1] as PlanActivity['data']['sectors'] }
        : {};
    spec
      .given(given ?? AT_DELIVERY)
      .when(planActivity(data))
      .thenThrows(CommandRefused, saying(reason));
  });

  it.each<[string, Partial<PlanActivity['data']>]>([
    ['activityId', { activityId: '' }],
    ['title', { title: ' ' }],
    ['form', { form: 'lecture' as never }],
    ['place', { place: 'Cotonou' as never }],
    ['sectors', { sectors: [] }],
    ['sectors.0', { sectors: ['3' as never] }],
    ['team', { team: [] }],
    [
      'team.1.kind',
      {
        team: [
          { name: 'Sébastien Jobert', kind: 'public-servant' },
          { name: 'X', kind: 'minister' as never },
        ],
      },
    ],
    ['startsOn', { startsOn: '8 June' }],
    ['endsOn', { endsOn: '2026-06-07' }],
    ['startsOn', { startsOn: '2026-05-29' }], // before the approved plan's schedule (1 June)
    ['endsOn', { startsOn: '2026-10-29', endsOn: '2026-11-02' }], // after its end (30 October)
  ])('rejects a bad %s', (name, data) => {
    spec.given(AT_DELIVERY).when(planActivity(data)).thenThrows(InvalidCommand, field(name));
  });

  describe('approved after its schedule began', () => {
    const lateAnswer = '2026-06-03T14:00:00.000Z';
    const plannedAt = '2026-06-04T14:00:00.000Z';
    const approvedLate = AT_DELIVERY.map((event) =>
      event === approved ? { ...approved, data: { ...approved.data, answeredAt: lateAnswer, recordedAt: lateAnswer } } : event,
    );

    it('refuses an activity starting before the day the partner approved the plan', () => {
      spec
        .given(approvedLate)
        .when(planActivity({ startsOn: '2026-06-02', endsOn: '2026-06-05' }, plannedAt))
        .thenThrows(
          InvalidCommand,
          (error) => field('startsOn')(error) && saying(/before the partner approved the action plan \(2026-06-03\)/)(error),
        );
    });

    it('plans one from that day on', () => {
      const data = { startsOn: '2026-06-03', endsOn: '2026-06-05' };
      spec
        .given(approvedLate)
        .when(planActivity(data, plannedAt))
        .then([{ ...seminarPlanned, data: { ...seminarPlanned.data, ...data, recordedAt: plannedAt } }]);
    });

    it('keeps the rules of an engagement begun before activities kept to the approval', () => {
      const data = { startsOn: '2026-06-01', endsOn: '2026-06-05' };
      DeciderSpecification.for(cooperationEngagementDeciderUnder(DATED_COOPERATION_ENGAGEMENT_RULES))
        .given(approvedLate)
        .when(planActivity(data, plannedAt))
        .then([{ ...seminarPlanned, data: { ...seminarPlanned.data, ...data, recordedAt: plannedAt } }]);
    });
  });

  it("plans an activity on the approved plan's first and last days", () => {
    const data = { startsOn: '2026-06-01', endsOn: '2026-10-30' };
    spec
      .given(AT_DELIVERY)
      .when(planActivity(data))
      .then([{ ...seminarPlanned, data: { ...seminarPlanned.data, ...data } }]);
  });
});

const held = (data: Partial<RecordActivityHeld['data']> = {}, now = SEMINAR_HELD_RECORDED_AT) =>
  command<RecordActivityHeld>('RecordActivityHeld', { activityId: 'seminar-drafting', heldOn: '2026-06-12', ...data }, coordinator, now);
const cancel = (data: Partial<CancelActivity['data']> = {}) =>
  command<CancelActivity>(
    'CancelActivity',
    { activityId: 'workshop-transcription', reason: 'Parliament in extraordinary session.', ...data },
    coordinator,
    '2026-09-01T14:00:00.000Z',
  );
const WITH_ACTIVITIES = [...AT_DELIVERY, seminarPlanned, workshopPlanned];

describe('RecordActivityHeld', () => {
  it('records the seminar held on its last day', () => {
    spec.given(WITH_ACTIVITIES).when(held()).then([seminarHeld]);
  });

  it('keeps notes, trimmed', () => {
    spec
      .given(WITH_ACTIVITIES)
      .when(held({ notes: ' 32 participants. ' }))
      .then([{ ...seminarHeld, data: { ...seminarHeld.data, notes: '32 participants.' } }]);
  });

  it.each([
    ['the activity is unknown', WITH_ACTIVITIES, { activityId: 'study-visit' }, /no activity study-visit is planned/],
    ['it was already held', [...WITH_ACTIVITIES, seminarHeld], {}, /already held on 2026-06-12/],
    ['it was cancelled', [...WITH_ACTIVITIES, workshopCancelled], { activityId: 'workshop-transcription' }, /was cancelled/],
    ['delivery is complete', AT_FOLLOW_UP, {}, /stage 4/],
  ])('is refused when %s', (_, given, data, reason) => {
    spec.given(given).when(held(data)).thenThrows(CommandRefused, saying(reason));
  });

  it.each<[string, Partial<RecordActivityHeld['data']>]>([
    ['activityId', { activityId: ' ' }],
    ['heldOn', { heldOn: '2026-06-16' }], // after today, 15 June in Québec
    ['heldOn', { heldOn: 'June' }],
    ['heldOn', { heldOn: '2026-06-05' }], // before its planned dates (8 to 12 June)
    ['heldOn', { heldOn: '2026-06-15' }], // after them: cancel it and plan the new dates
    ['heldOn', { activityId: 'workshop-transcription', heldOn: '2026-06-15' }], // planned for 15 September
    ['notes', { notes: 4 as never }],
  ])('rejects a bad %s', (name, data) => {
    spec.given(WITH_ACTIVITIES).when(held(data)).thenThrows(InvalidCommand, field(name));
  });

  it('keeps its first rules for an engagement that accepted activities outside their dates', () => {
    const firstRules = DeciderSpecification.for(cooperationEngagementDeciderUnder(FIRST_COOPERATION_ENGAGEMENT_RULES));
    firstRules
      .given(WITH_ACTIVITIES)
      .when(held({ heldOn: '2026-06-15' }))
      .then([{ ...seminarHeld, data: { ...seminarHeld.data, heldOn: '2026-06-15' } }]);
    const data = { startsOn: '2026-10-29', endsOn: '2026-11-02' };
    firstRules
      .given(AT_DELIVERY)
      .when(planActivity(data))
      .then([{ ...seminarPlanned, data: { ...seminarPlanned.data, ...data } }]);
  });

  it('records an activity held on its first planned day', () => {
    spec
      .given(WITH_ACTIVITIES)
      .when(held({ heldOn: '2026-06-08' }))
      .then([{ ...seminarHeld, data: { ...seminarHeld.data, heldOn: '2026-06-08' } }]);
  });
});

describe('CancelActivity', () => {
  it('cancels a planned workshop, with the reason', () => {
    spec.given(WITH_ACTIVITIES).when(cancel()).then([workshopCancelled]);
  });

  it('is refused for an activity held, and names a blank reason', () => {
    spec
      .given([...WITH_ACTIVITIES, seminarHeld])
      .when(cancel({ activityId: 'seminar-drafting' }))
      .thenThrows(CommandRefused, saying(/already held/));
    spec
      .given(WITH_ACTIVITIES)
      .when(cancel({ reason: '' }))
      .thenThrows(InvalidCommand, field('reason'));
  });
});

const complete = (clock = REPORT_CLOCK, now = COMPLETED_AT) =>
  command<DeclareServiceDeliveryComplete>('DeclareServiceDeliveryComplete', { clock }, coordinator, now);

describe('DeclareServiceDeliveryComplete', () => {
  const DELIVERED = [...WITH_ACTIVITIES, seminarHeld, workshopCancelled];

  it('moves on to follow-up and starts the 30-working-day report clock', () => {
    spec.given(DELIVERED).when(complete()).then([deliveryCompleted]);
  });

  it('declared late: the report clock starts when delivery ended', () => {
    const completedAt = '2026-10-16T20:00:00.000Z';
    const clock = planClock(ENGAGEMENT_ACTIVITY_REPORT_STANDARD, QC_PUBLIC_SERVICE_CALENDAR, completedAt);
    spec
      .given(DELIVERED)
      .when(command<DeclareServiceDeliveryComplete>('DeclareServiceDeliveryComplete', { clock, completedAt }, coordinator, COMPLETED_AT))
      .then([{ ...deliveryCompleted, data: { ...deliveryCompleted.data, completedAt, clock } }]);
  });

  it.each([
    ['in the future', '2026-10-19T14:00:00.001Z'],
    ['before the last activity was held (12 June)', '2026-06-11T20:00:00.000Z'],
  ])('rejects a delivery completed %s', (_, completedAt) => {
    const clock = planClock(ENGAGEMENT_ACTIVITY_REPORT_STANDARD, QC_PUBLIC_SERVICE_CALENDAR, completedAt);
    spec
      .given(DELIVERED)
      .when(command<DeclareServiceDeliveryComplete>('DeclareServiceDeliveryComplete', { clock, completedAt }, coordinator, COMPLETED_AT))
      .thenThrows(InvalidCommand, field('completedAt'));
  });

  it.each([
    ['an activity is still planned', [...WITH_ACTIVITIES, seminarHeld], /still planned: workshop-transcription/],
    [
      'no activity was held',
      [
        ...WITH_ACTIVITIES,
        workshopCancelled,
        { ...workshopCancelled, data: { ...workshopCancelled.data, activityId: 'seminar-drafting' } },
      ],
      /no activity has been held/,
    ],
    ['there is no activity at all', AT_DELIVERY, /no activity has been held/],
    ['it was already declared', AT_FOLLOW_UP, /stage 4/],
  ])('is refused when %s', (_, given, reason) => {
    spec.given(given).when(complete()).thenThrows(CommandRefused, saying(reason));
  });

  it.each([
    ['clock.standardId', PLAN_CLOCK],
    ['clock.startedAt', { ...REPORT_CLOCK, startedAt: '2026-06-12T21:00:00.000Z' }],
    ['clock.escalateTo', { ...REPORT_CLOCK, escalateTo: 'partner' }],
  ])('rejects a bad %s', (name, clock) => {
    spec
      .given(DELIVERED)
      .when(complete(clock as never))
      .thenThrows(InvalidCommand, field(name));
  });

  it('has a check that refuses before the clock is planned', () => {
    const state = (events: CooperationEngagementEvent[]) =>
      events.reduce(cooperationEngagementDecider.evolve, cooperationEngagementDecider.initialState());
    const check = (actor = coordinator) =>
      ({ type: 'DeclareServiceDeliveryComplete', data: {}, metadata: { actor, now: COMPLETED_AT, correlationId: 'c' } }) as const;
    const { clock: _clock, ...completion } = deliveryCompleted.data as typeof deliveryCompleted.data & { clock: unknown };
    expect(checkDeclareServiceDeliveryComplete(check(), state(DELIVERED))).toEqual(completion);
    expect(() => checkDeclareServiceDeliveryComplete(check(), state(WITH_ACTIVITIES))).toThrow(CommandRefused);
    expect(() => checkDeclareServiceDeliveryComplete(check(otherCoordinator), state(DELIVERED))).toThrow(ForbiddenCommand);
  });
});

const followUp = (data: Partial<RecordFollowUp['data']> = {}) =>
  command<RecordFollowUp>(
    'RecordFollowUp',
    { note: 'Video call with the committee clerks: amendments now drafted in-house.', atDistance: true, ...data },
    coordinator,
    '2026-11-02T15:00:00.000Z',
  );

describe('RecordFollowUp', () => {
  it('records a follow-up at a distance', () => {
    spec
      .given(AT_FOLLOW_UP)
      .when(followUp())
      .then([
        {
          type: 'FollowUpRecorded',
          data: {
            note: 'Video call with the committee clerks: amendments now drafted in-house.',
            atDistance: true,
            heldAt: '2026-11-02T15:00:00.000Z',
            recordedBy: 'sjobert',
            recordedAt: '2026-11-02T15:00:00.000Z',
          },
        },
      ]);
  });

  it('keeps when the follow-up was held, recorded days later', () => {
    spec
      .given(AT_FOLLOW_UP)
      .when(followUp({ heldAt: '2026-10-27T14:00:00Z' }))
      .then([
        {
          type: 'FollowUpRecorded',
          data: {
            note: 'Video call with the committee clerks: amendments now drafted in-house.',
            atDistance: true,
            heldAt: '2026-10-27T14:00:00.000Z',
            recordedBy: 'sjobert',
            recordedAt: '2026-11-02T15:00:00.000Z',
          },
        },
      ]);
  });

  it.each([
    ['in the future', '2026-11-02T15:00:00.001Z'],
    ['before service delivery ended (19 October)', '2026-10-19T13:59:59Z'],
  ])('rejects a follow-up held %s', (_, heldAt) => {
    spec.given(AT_FOLLOW_UP).when(followUp({ heldAt })).thenThrows(InvalidCommand, field('heldAt'));
  });

  it('is refused before delivery is complete, and names bad values', () => {
    spec
      .given(AT_DELIVERY)
      .when(followUp())
      .thenThrows(CommandRefused, saying(/stage 3.*belongs at stage 4/));
    spec
      .given(AT_FOLLOW_UP)
      .when(followUp({ note: '' }))
      .thenThrows(InvalidCommand, field('note'));
    spec
      .given(AT_FOLLOW_UP)
      .when(followUp({ atDistance: 'yes' as never }))
      .thenThrows(InvalidCommand, field('atDistance'));
  });
});

const REPORT = {
  observations: ['Committee clerks now draft amendments themselves.'],
  recommendations: ["Train the new legislature's members (sector 6)."],
  results: ['Two clerks trained in Québec', 'A drafting guide adopted by the Bureau'],
};
const report = (data: Partial<SubmitActivityReport['data']> = {}, now = REPORTED_AT, actor = coordinator) =>
  command<SubmitActivityReport>('SubmitActivityReport', { ...REPORT, ...data }, actor, now);
const submitted = (
  submittedAt: string,
  clockOutcome: 'met' | 'late',
  submittedBy = 'sjobert',
  recordedAt = submittedAt,
): CooperationEngagementEvent => ({
  type: 'ActivityReportSubmitted',
  data: { ...REPORT, submittedBy, submittedAt, recordedAt, clockOutcome },
});

describe('SubmitActivityReport', () => {
  it('closes the engagement within the target', () => {
    spec
      .given(AT_FOLLOW_UP)
      .when(report())
      .then([submitted(REPORTED_AT, 'met')]);
  });

  it('is late after the due instant (Monday 30 November, 17:00)', () => {
    expect(REPORT_CLOCK.dueAt).toBe('2026-11-30T22:00:00.000Z');
    spec
      .given(AT_FOLLOW_UP)
      .when(report({}, '2026-11-30T22:00:00.000Z', supervisor))
      .then([submitted('2026-11-30T22:00:00.000Z', 'met', 'sophie')]);
    spec
      .given(AT_FOLLOW_UP)
      .when(report({}, '2026-11-30T22:00:01.000Z'))
      .then([submitted('2026-11-30T22:00:01.000Z', 'late')]);
  });

  it('submitted in time but recorded after the due instant: met, counted when it was submitted', () => {
    spec
      .given(AT_FOLLOW_UP)
      .when(report({ submittedAt: '2026-11-30T16:00:00-05:00' }, '2026-12-03T15:00:00.000Z'))
      .then([submitted('2026-11-30T21:00:00.000Z', 'met', 'sjobert', '2026-12-03T15:00:00.000Z')]);
  });

  it.each<[string, string, CooperationEngagementEvent[]]>([
    ['in the future', '2026-11-16T15:00:00.001Z', AT_FOLLOW_UP],
    ['before service delivery ended (19 October)', '2026-10-19T13:59:59Z', AT_FOLLOW_UP],
    [
      'before a follow-up it reports on',
      '2026-11-02T14:59:59Z',
      [
        ...AT_FOLLOW_UP,
        {
          type: 'FollowUpRecorded',
          data: {
            note: 'Call',
            atDistance: true,
            heldAt: '2026-11-02T15:00:00.000Z',
            recordedBy: 'sjobert',
            recordedAt: '2026-11-02T15:00:00.000Z',
          },
        },
      ],
    ],
  ])('rejects a report submitted %s', (_, submittedAt, given) => {
    spec.given(given).when(report({ submittedAt })).thenThrows(InvalidCommand, field('submittedAt'));
  });

  it('is refused before follow-up and once submitted', () => {
    spec
      .given(AT_DELIVERY)
      .when(report())
      .thenThrows(CommandRefused, saying(/stage 3/));
    spec
      .given([...AT_FOLLOW_UP, submitted(REPORTED_AT, 'met')])
      .when(report())
      .thenThrows(CommandRefused, saying(/closed: the activity report was submitted/));
  });

  it.each<[string, Partial<SubmitActivityReport['data']>]>([
    ['observations', { observations: [] }],
    ['recommendations', { recommendations: 'none' as never }],
    ['results.1', { results: ['Two clerks trained', ' '] }],
  ])('rejects a bad %s', (name, data) => {
    spec.given(AT_FOLLOW_UP).when(report(data)).thenThrows(InvalidCommand, field(name));
  });
});

describe('the activity-report clock', () => {
  const timer = (type: ClockCommand['type'], now: string) =>
    command<ClockCommand>(type, { standardId: 'engagement-activity-report' }, system, now);

  it('warns the coordinator five working days before, then escalates the breach to the director', () => {
    expect(REPORT_CLOCK.warnAt).toBe('2026-11-23T22:00:00.000Z');
    spec
      .given(AT_FOLLOW_UP)
      .when(timer('RaiseServiceStandardWarning', REPORT_CLOCK.warnAt))
      .then([
        {
          type: 'ServiceStandardWarning',
          data: {
            standardId: 'engagement-activity-report',
            standardVersion: 1,
            dueAt: REPORT_CLOCK.dueAt,
            warnedAt: REPORT_CLOCK.warnAt,
            notify: { role: 'coordinator', officerId: 'sjobert' },
          },
        },
      ]);
    spec
      .given(AT_FOLLOW_UP)
      .when(timer('RecordServiceStandardBreach', REPORT_CLOCK.dueAt))
      .then([
        {
          type: 'ServiceStandardBreached',
          data: {
            standardId: 'engagement-activity-report',
            standardVersion: 1,
            dueAt: REPORT_CLOCK.dueAt,
            breachedAt: REPORT_CLOCK.dueAt,
            escalatedTo: 'director',
          },
        },
      ]);
  });

  it('does not ring once the report is in', () => {
    spec
      .given([...AT_FOLLOW_UP, submitted(REPORTED_AT, 'met')])
      .when(timer('RecordServiceStandardBreach', REPORT_CLOCK.dueAt))
      .thenThrows(CommandRefused, saying(/stopped/));
  });
});
