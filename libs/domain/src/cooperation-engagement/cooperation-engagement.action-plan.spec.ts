import { CommandRefused, ForbiddenCommand, InvalidCommand } from '../shared/errors';
import type { ClockCommand } from '../service-standards/clock.commands';
import { DeciderSpecification } from '../testing';
import { QC_PUBLIC_SERVICE_CALENDAR } from '../calendar/working-calendar';
import { planClock } from '../service-standards/clock-plan';
import { ACTION_PLAN_PARTNER_ANSWER_STANDARD } from './cooperation-engagement.standards';
import { checkProposeActionPlan, cooperationEngagementDecider } from './cooperation-engagement.decider';
import type {
  ApproveActionPlan,
  PartnerAnswerCommandData,
  ProposeActionPlan,
  RejectActionPlan,
  RequestActionPlanModifications,
} from './cooperation-engagement.commands';
import type { ActionPlan, CooperationEngagementEvent } from './cooperation-engagement.events';
import {
  APPROVED_AT,
  approved,
  AT_ACTION_PLAN,
  AT_DELIVERY,
  AT_NEEDS_ASSESSMENT,
  auditor,
  AWAITING_REVISION,
  AWAITING_V1,
  AWAITING_V2,
  command,
  coordinator,
  field,
  MODIFICATIONS_AT,
  modificationsRequested,
  otherCoordinator,
  PLAN,
  PLAN_CLOCK,
  PROPOSED_AT,
  proposed,
  REPORT_CLOCK,
  REVISED_AT,
  REVISED_CLOCK,
  REVISED_PLAN,
  revised,
  saying,
  SIGNATORY,
  system,
} from './cooperation-engagement.fixtures';

const spec = DeciderSpecification.for(cooperationEngagementDecider);

const propose = (plan: unknown = PLAN, clock = PLAN_CLOCK, now = PROPOSED_AT, actor = coordinator) =>
  command<ProposeActionPlan>('ProposeActionPlan', { plan: plan as ActionPlan, clock }, actor, now);

/** The plan with one part replaced, e.g. `withPart('budget', { amount: -1 })`. */
const withPart = (part: keyof ActionPlan, change: object): ActionPlan => ({ ...PLAN, [part]: { ...PLAN[part], ...change } });

describe('ProposeActionPlan', () => {
  it('sends version 1 to the partner and starts the 20-working-day answer clock', () => {
    spec
      .given(AT_ACTION_PLAN)
      .when(propose(withPart('services', { sectors: [3, 2] })))
      .then([proposed]);
  });

  it('sends a revised version 2 after the partner asked for modifications', () => {
    spec
      .given(AWAITING_REVISION)
      .when(propose(REVISED_PLAN, REVISED_CLOCK, REVISED_AT))
      .then([revised]);
  });

  it('keeps when a plan was sent, recorded days later: the answer clock starts when it was sent', () => {
    const sentAt = '2026-03-20T14:00:00.000Z';
    const clock = planClock(ACTION_PLAN_PARTNER_ANSWER_STANDARD, QC_PUBLIC_SERVICE_CALENDAR, sentAt);
    spec
      .given(AT_ACTION_PLAN)
      .when(
        command<ProposeActionPlan>(
          'ProposeActionPlan',
          { plan: PLAN, clock, proposedAt: '2026-03-20T10:00:00-04:00' },
          coordinator,
          PROPOSED_AT,
        ),
      )
      .then([{ ...proposed, data: { ...proposed.data, proposedAt: sentAt, clock } }]);
  });

  it.each<[string, string, CooperationEngagementEvent[]]>([
    ['in the future', '2026-03-25T14:00:00.001Z', AT_ACTION_PLAN],
    ['before the Assembly agreed to assist', '2026-03-02T14:59:59Z', AT_ACTION_PLAN],
    ['before the partner asked for modifications', '2026-04-14T13:29:59Z', AWAITING_REVISION],
  ])('rejects a plan sent %s', (_, proposedAt, given) => {
    const clock = planClock(ACTION_PLAN_PARTNER_ANSWER_STANDARD, QC_PUBLIC_SERVICE_CALENDAR, proposedAt);
    spec
      .given(given)
      .when(command<ProposeActionPlan>('ProposeActionPlan', { plan: REVISED_PLAN, clock, proposedAt }, coordinator, PROPOSED_AT))
      .thenThrows(InvalidCommand, field('proposedAt'));
  });

  it.each([
    ['a version awaits the answer', AWAITING_V1, /version 1 of the action plan awaits the partner's answer/],
    ['stage 1', AT_NEEDS_ASSESSMENT, /stage 1, needs assessment; ProposeActionPlan belongs at stage 2/],
    ['the plan was approved', AT_DELIVERY, /stage 3/],
  ])('is refused when %s', (_, given, reason) => {
    spec.given(given).when(propose()).thenThrows(CommandRefused, saying(reason));
  });

  it.each<[string, unknown]>([
    ['plan', null],
    ['plan.schedule', { ...PLAN, schedule: 'June to October' }],
    ['plan.schedule.startsOn', withPart('schedule', { startsOn: '2026-06-31' })],
    ['plan.schedule.endsOn', withPart('schedule', { endsOn: '2026-05-01' })],
    ['plan.schedule.milestones', withPart('schedule', { milestones: undefined })],
    [
      'plan.schedule.milestones.1.on',
      withPart('schedule', { milestones: [PLAN.schedule.milestones[0], { on: '2026-11-02', description: 'Late' }] }),
    ],
    ['plan.schedule.milestones.0.description', withPart('schedule', { milestones: [{ on: '2026-06-12', description: '' }] })],
    ['plan.budget.amount', withPart('budget', { amount: -1 })],
    ['plan.budget.amount', withPart('budget', { amount: 10.005 })],
    // What the fuzzer sent (a 500 once): beyond the bounds of money, counts and dates.
    ['plan.budget.amount', withPart('budget', { amount: 5e-324 })],
    ['plan.budget.amount', withPart('budget', { amount: 0 })],
    ['plan.budget.amount', withPart('budget', { amount: 2.3e21 })],
    ['plan.teamProfile.publicServants', withPart('teamProfile', { publicServants: 2.3e21 })],
    ['plan.schedule.startsOn', withPart('schedule', { startsOn: '5366-33-11' })],
    ['plan.schedule.endsOn', withPart('schedule', { endsOn: '7504-01-17' })],
    ['plan.budget.currency', withPart('budget', { currency: 'cad' })],
    ['plan.budget.fundedBy', withPart('budget', { fundedBy: 3 })],
    ['plan.teamProfile', withPart('teamProfile', { parliamentarians: 0, publicServants: 0 })],
    ['plan.teamProfile.parliamentarians', withPart('teamProfile', { parliamentarians: 1.5 })],
    ['plan.teamProfile.publicServants', withPart('teamProfile', { publicServants: -2 })],
    ['plan.teamProfile.expertise', withPart('teamProfile', { expertise: [] })],
    ['plan.services.description', withPart('services', { description: ' ' })],
    ['plan.services.forms', withPart('services', { forms: [] })],
    ['plan.services.forms.0', withPart('services', { forms: ['lecture'] })],
    ['plan.services.sectors.0', withPart('services', { sectors: [0] })],
  ])('rejects a bad %s', (name, plan) => {
    spec.given(AT_ACTION_PLAN).when(propose(plan)).thenThrows(InvalidCommand, field(name));
  });

  it.each([
    ['clock', null],
    ['clock.standardId', REPORT_CLOCK],
    ['clock.startedAt', { ...PLAN_CLOCK, startedAt: '2026-03-25T13:00:00.000Z', warnAt: '2026-03-25T13:00:00.000Z' }],
    ['clock.dueAt', { ...PLAN_CLOCK, dueAt: '2026-04-01T00:00:00.000Z' }],
  ])('rejects a bad %s', (name, clock) => {
    spec
      .given(AT_ACTION_PLAN)
      .when(propose(PLAN, clock as never))
      .thenThrows(InvalidCommand, field(name));
  });

  it('is forbidden to an auditor and to a coordinator of other engagements', () => {
    spec
      .given(AT_ACTION_PLAN)
      .when(propose(PLAN, PLAN_CLOCK, PROPOSED_AT, auditor))
      .thenThrows(ForbiddenCommand);
    spec
      .given(AT_ACTION_PLAN)
      .when(propose(PLAN, PLAN_CLOCK, PROPOSED_AT, otherCoordinator))
      .thenThrows(ForbiddenCommand);
  });
});

describe('checkProposeActionPlan (before the clock is planned)', () => {
  const state = AWAITING_REVISION.reduce(cooperationEngagementDecider.evolve, cooperationEngagementDecider.initialState());
  const proposal = (actor = coordinator) =>
    ({ type: 'ProposeActionPlan', data: { plan: REVISED_PLAN }, metadata: { actor, now: REVISED_AT, correlationId: 'c' } }) as const;

  it('returns the version to record, which the clock must start with', () => {
    const { clock: _plannedAfter, ...version2 } = revised.data as typeof revised.data & { clock: unknown };
    expect(checkProposeActionPlan(proposal(), state)).toEqual(version2);
  });

  it('refuses what decide would refuse', () => {
    expect(() => checkProposeActionPlan(proposal(auditor), state)).toThrow(ForbiddenCommand);
    const awaiting = AWAITING_V1.reduce(cooperationEngagementDecider.evolve, cooperationEngagementDecider.initialState());
    expect(() => checkProposeActionPlan(proposal(), awaiting)).toThrow(CommandRefused);
  });
});

const answerData = (data: Partial<PartnerAnswerCommandData> = {}): PartnerAnswerCommandData => ({
  version: 2,
  signatory: SIGNATORY,
  answeredAt: APPROVED_AT,
  ...data,
});
const approve = (data: Partial<PartnerAnswerCommandData> = {}, now = APPROVED_AT) =>
  command<ApproveActionPlan>('ApproveActionPlan', answerData(data), coordinator, now);
const requestModifications = (data: Partial<RequestActionPlanModifications['data']> = {}, now = MODIFICATIONS_AT) =>
  command<RequestActionPlanModifications>(
    'RequestActionPlanModifications',
    { ...answerData({ version: 1, answeredAt: MODIFICATIONS_AT }), comments: modificationsRequested.data.comments, ...data },
    coordinator,
    now,
  );
const reject = (data: Partial<RejectActionPlan['data']> = {}) =>
  command<RejectActionPlan>(
    'RejectActionPlan',
    { ...answerData(), reason: 'The budget exceeds what the UNDP can fund.', ...data },
    coordinator,
    APPROVED_AT,
  );

describe('ApproveActionPlan', () => {
  it('records the partner approving version 2, signed by its Secretary General, within the target', () => {
    spec.given(AWAITING_V2).when(approve()).then([approved]);
  });

  it('keeps the true instant of an answer recorded late, and measures it against the due instant', () => {
    const answeredAt = '2026-04-27T14:00:00.000Z'; // the Monday after Friday 24 April, 17:00, the due instant
    const now = '2026-04-29T14:00:00.000Z';
    spec
      .given(AWAITING_V1)
      .when(approve({ version: 1, answeredAt }, now))
      .then([
        {
          type: 'ActionPlanApproved',
          data: { version: 1, signatory: SIGNATORY, answeredAt, clockOutcome: 'late', recordedBy: 'sjobert', recordedAt: now },
        },
      ]);
  });

  it('counts an answer given in time but recorded after the due instant as met', () => {
    const answeredAt = '2026-04-24T14:00:00.000Z'; // Friday 24 April, 10:00, before the 17:00 due instant
    const now = '2026-04-28T14:00:00.000Z';
    spec
      .given(AWAITING_V1)
      .when(approve({ version: 1, answeredAt }, now))
      .then([
        {
          type: 'ActionPlanApproved',
          data: { version: 1, signatory: SIGNATORY, answeredAt, clockOutcome: 'met', recordedBy: 'sjobert', recordedAt: now },
        },
      ]);
  });

  it.each([
    ['no plan was proposed yet', AT_ACTION_PLAN, /no action plan awaits/],
    ['the partner asked for modifications (no revision yet)', AWAITING_REVISION, /no action plan awaits/],
    ['the plan is already approved', [...AT_DELIVERY], /stage 3/],
  ])('is refused when %s', (_, given, reason) => {
    spec.given(given).when(approve()).thenThrows(CommandRefused, saying(reason));
  });

  it('is refused for a superseded version, and names an answer dated before the version was proposed', () => {
    spec
      .given(AWAITING_V2)
      .when(approve({ version: 1 }))
      .thenThrows(CommandRefused, saying(/version 1 does not await.*version 2 does/));
    spec
      .given(AWAITING_V2)
      .when(approve({ answeredAt: '2026-04-20T13:00:00.000Z' }))
      .thenThrows(InvalidCommand, (error) => field('answeredAt')(error) && /before version 2 was proposed/.test(error.message));
  });

  it.each<[string, Partial<PartnerAnswerCommandData>]>([
    ['version', { version: 0 }],
    ['version', { version: '2' as never }],
    ['signatory', { signatory: undefined }],
    ['signatory.name', { signatory: { name: '', title: 'Secretary General' } }],
    ['signatory.title', { signatory: { name: 'Awa Dossou', title: ' ' } }],
    ['answeredAt', { answeredAt: '12 May' }],
    ['answeredAt', { answeredAt: '2026-05-12T14:00:01.000Z' }], // after metadata.now
  ])('rejects a bad %s', (name, data) => {
    spec.given(AWAITING_V2).when(approve(data)).thenThrows(InvalidCommand, field(name));
  });
});

describe('RequestActionPlanModifications', () => {
  it("records the partner's comments on version 1 and stops its clock", () => {
    spec.given(AWAITING_V1).when(requestModifications()).then([modificationsRequested]);
  });

  it('may go round again: modifications asked on version 2 too', () => {
    spec
      .given(AWAITING_V2)
      .when(requestModifications({ version: 2, answeredAt: APPROVED_AT, comments: 'Fewer days in Québec.' }, APPROVED_AT))
      .then([
        {
          type: 'ActionPlanModificationsRequested',
          data: {
            version: 2,
            signatory: SIGNATORY,
            answeredAt: APPROVED_AT,
            clockOutcome: 'met',
            comments: 'Fewer days in Québec.',
            recordedBy: 'sjobert',
            recordedAt: APPROVED_AT,
          },
        },
      ]);
  });

  it('is refused when no version awaits, and names blank comments', () => {
    spec
      .given(AWAITING_REVISION)
      .when(requestModifications())
      .thenThrows(CommandRefused, saying(/no action plan awaits/));
    spec
      .given(AWAITING_V1)
      .when(requestModifications({ comments: '' }))
      .thenThrows(InvalidCommand, field('comments'));
  });
});

describe('RejectActionPlan', () => {
  const rejected: CooperationEngagementEvent = {
    type: 'ActionPlanRejected',
    data: {
      version: 2,
      signatory: SIGNATORY,
      answeredAt: APPROVED_AT,
      clockOutcome: 'met',
      reason: 'The budget exceeds what the UNDP can fund.',
      recordedBy: 'sjobert',
      recordedAt: APPROVED_AT,
    },
  };

  it('records the rejection, which closes the engagement', () => {
    spec.given(AWAITING_V2).when(reject()).then([rejected]);
    spec
      .given([...AWAITING_V2, rejected])
      .when(propose(REVISED_PLAN, REVISED_CLOCK, APPROVED_AT))
      .thenThrows(CommandRefused, saying(/closed: the partner rejected the action plan/));
  });

  it('is refused at stage 1, and names a blank reason', () => {
    spec
      .given(AT_NEEDS_ASSESSMENT)
      .when(reject())
      .thenThrows(CommandRefused, saying(/stage 1/));
    spec
      .given(AWAITING_V2)
      .when(reject({ reason: '' }))
      .thenThrows(InvalidCommand, field('reason'));
  });
});

describe('the partner-answer clock', () => {
  const timer = (type: ClockCommand['type'], now: string, actor = system, standardId = 'action-plan-partner-answer') =>
    command<ClockCommand>(type, { standardId }, actor, now);

  it('is due Friday 24 April 17:00 for a plan proposed 25 March (20 working days, Easter skipped), warned the 17th', () => {
    expect(PLAN_CLOCK).toMatchObject({ warnAt: '2026-04-17T21:00:00.000Z', dueAt: '2026-04-24T21:00:00.000Z', escalateTo: 'director' });
  });

  it('warns the coordinator, then records the breach for the director', () => {
    const warning: CooperationEngagementEvent = {
      type: 'ServiceStandardWarning',
      data: {
        standardId: 'action-plan-partner-answer',
        standardVersion: 1,
        dueAt: PLAN_CLOCK.dueAt,
        warnedAt: PLAN_CLOCK.warnAt,
        notify: { role: 'coordinator', officerId: 'sjobert' },
      },
    };
    spec.given(AWAITING_V1).when(timer('RaiseServiceStandardWarning', PLAN_CLOCK.warnAt)).then([warning]);
    spec
      .given([...AWAITING_V1, warning])
      .when(timer('RecordServiceStandardBreach', PLAN_CLOCK.dueAt))
      .then([
        {
          type: 'ServiceStandardBreached',
          data: {
            standardId: 'action-plan-partner-answer',
            standardVersion: 1,
            dueAt: PLAN_CLOCK.dueAt,
            breachedAt: PLAN_CLOCK.dueAt,
            escalatedTo: 'director',
          },
        },
      ]);
  });

  it('is refused before its instant, once the partner answered, and for a clock not running', () => {
    spec
      .given(AWAITING_V1)
      .when(timer('RaiseServiceStandardWarning', '2026-04-16T21:00:00.000Z'))
      .thenThrows(CommandRefused, saying(/no warning before/));
    spec
      .given(AWAITING_REVISION)
      .when(timer('RecordServiceStandardBreach', PLAN_CLOCK.dueAt))
      .thenThrows(CommandRefused, saying(/stopped/));
    spec
      .given(AWAITING_V1)
      .when(timer('RecordServiceStandardBreach', PLAN_CLOCK.dueAt, system, 'engagement-activity-report'))
      .thenThrows(CommandRefused);
    spec
      .given([])
      .when(timer('RecordServiceStandardBreach', PLAN_CLOCK.dueAt))
      .thenThrows(CommandRefused, saying(/no cooperation engagement/));
  });

  it('is run by timers only', () => {
    spec
      .given(AWAITING_V1)
      .when(timer('RaiseServiceStandardWarning', PLAN_CLOCK.warnAt, coordinator))
      .thenThrows(ForbiddenCommand);
  });
});
