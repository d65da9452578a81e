import type { Actor } from '../shared/command';
import { CommandRefused, ForbiddenCommand, InvalidCommand } from '../shared/errors';
import { DeciderSpecification } from '../testing';
import type { RecordInterviewHeld, ScheduleInterview, SendEligibilityReply, SendFinalReply } from './internship-application.commands';
import {
  checkRecordInterviewHeld,
  FIRST_INTERNSHIP_APPLICATION_RULES,
  internshipApplicationDecider,
  internshipApplicationDeciderUnder,
  type InterviewHeldRecord,
} from './internship-application.decider';
import { QC_PUBLIC_SERVICE_CALENDAR } from '../calendar/working-calendar';
import { planClock } from '../service-standards/clock-plan';
import { INTERNSHIP_INTERVIEW_REPLY_STANDARD } from './internship-application.standards';
import type { InternshipApplicationEvent } from './internship-application.events';
import {
  auditor,
  DECIDED,
  director,
  ELIGIBILITY_CLOCK,
  ELIGIBLE,
  FILED,
  held,
  HELD_AT,
  HELD_RECORDED,
  intake,
  INTERVIEW_CLOCK,
  INTERVIEW_FOR,
  INTERVIEWED,
  notEligible,
  odile,
  olivier,
  placement,
  REPLIED,
  scheduled,
  SCHEDULED,
  selected,
  supervisor,
  system,
  withdrawn,
  command,
} from './internship-application.fixtures';
import { fold } from '../shared/decider';

const spec = DeciderSpecification.for(internshipApplicationDecider);
const field = (name: string) => (error: InvalidCommand) => error.field === name;
const saying = (pattern: RegExp) => (error: Error) => pattern.test(error.message);

const schedule = (data: Partial<ScheduleInterview['data']> = {}, actor = olivier, now = REPLIED) =>
  command<ScheduleInterview>(
    'ScheduleInterview',
    { scheduledFor: '2026-06-29T10:00:00-04:00', format: 'video-conference', ...data },
    actor,
    now,
  );
const recordHeld = (data: Partial<RecordInterviewHeld['data']> = {}, actor = olivier, now = HELD_RECORDED) =>
  command<RecordInterviewHeld>(
    'RecordInterviewHeld',
    { heldAt: HELD_AT, panel: [' olivier', 'sophie'], clock: INTERVIEW_CLOCK, ...data },
    actor,
    now,
  );
const selection = { decision: 'selected', organization: 'UNESCO', placement };
const rejection = { decision: 'not-selected', reason: 'Other candidates matched this year’s needs more closely.' };
const finalReply = (data: object = selection, actor = olivier, now = DECIDED) =>
  command<SendFinalReply>('SendFinalReply', data as SendFinalReply['data'], actor, now);

describe('ScheduleInterview', () => {
  it('schedules the interview of an eligible candidate', () => {
    spec.given(ELIGIBLE).when(schedule()).then([scheduled]);
  });

  it('moves a scheduled interview, keeping the previous date', () => {
    const moved: InternshipApplicationEvent = {
      type: 'InterviewScheduled',
      data: {
        scheduledFor: '2026-06-30T18:00:00.000Z',
        format: 'in-person',
        rescheduledFrom: INTERVIEW_FOR,
        scheduledBy: 'sophie',
        scheduledAt: '2026-06-23T14:00:00.000Z',
      },
    };
    spec
      .given(SCHEDULED)
      .when(schedule({ scheduledFor: '2026-06-30T14:00:00-04:00', format: 'in-person' }, supervisor, '2026-06-23T14:00:00.000Z'))
      .then([moved]);
  });

  it('refuses to schedule the same interview again', () => {
    spec
      .given(SCHEDULED)
      .when(schedule())
      .thenThrows(CommandRefused, saying(/already scheduled/));
  });

  it.each<[string, InternshipApplicationEvent[], RegExp]>([
    ['no case', [], /no internship application/],
    ['before the eligibility reply', FILED, /awaiting its eligibility reply; ScheduleInterview needs it eligible/],
    ['once the interview is held', INTERVIEWED, /awaiting its final reply/],
    ['a candidate found not eligible', [...FILED, notEligible], /not eligible/],
    ['a withdrawn case', [...ELIGIBLE, withdrawn([])], /withdrew/],
  ])('is refused %s', (_, events, why) => {
    spec.given(events).when(schedule({}, supervisor)).thenThrows(CommandRefused, saying(why));
  });

  it.each<[string, Partial<ScheduleInterview['data']>]>([
    ['format', { format: 'carrier pigeon' as never }],
    ['scheduledFor', { scheduledFor: 'next Monday' }],
    ['scheduledFor', { scheduledFor: '2026-06-22T13:59:59Z' }], // before the eligibility reply
  ])('rejects a bad %s', (name, data) => {
    spec.given(ELIGIBLE).when(schedule(data)).thenThrows(InvalidCommand, field(name));
  });

  it('forbids a case officer who is not the assignee', () => {
    spec
      .given(ELIGIBLE)
      .when(schedule({}, odile))
      .thenThrows(ForbiddenCommand, saying(/assignee/));
  });

  it.each([intake, director, auditor, system])('is forbidden to $role', (actor: Actor) => {
    spec.given(ELIGIBLE).when(schedule({}, actor)).thenThrows(ForbiddenCommand);
  });
});

describe('RecordInterviewHeld', () => {
  it('records the interview at its true instant, the day after, starting the reply clock', () => {
    spec.given(SCHEDULED).when(recordHeld()).then([held]);
  });

  it('records an interview held last week, the eligibility reply and the schedule recorded late too', () => {
    const lastWeek = '2026-07-06T13:00:00.000Z';
    const reply = command<SendEligibilityReply>('SendEligibilityReply', { decision: 'eligible', sentAt: REPLIED }, olivier, lastWeek);
    const [repliedLate] = internshipApplicationDecider.decide(reply, fold(internshipApplicationDecider, FILED));
    const scheduledLate = internshipApplicationDecider.decide(
      schedule({}, olivier, lastWeek),
      fold(internshipApplicationDecider, [...FILED, repliedLate!]),
    );
    spec
      .given([...FILED, repliedLate!, ...scheduledLate])
      .when(recordHeld({}, olivier, lastWeek))
      .then([held]);
  });

  it('refuses an interview held before its scheduled time, naming heldAt', () => {
    spec
      .given(SCHEDULED)
      .when(recordHeld({ heldAt: '2026-06-29T13:59:59.000Z', clock: undefined }))
      .thenThrows(InvalidCommand, (e) => e.field === 'heldAt' && /before the scheduled interview/.test(e.message));
  });

  it('under the rules before it, as cases that recorded one replay it, accepts an interview held before its time', () => {
    const early = '2026-06-29T13:00:00.000Z';
    const clock = planClock(INTERNSHIP_INTERVIEW_REPLY_STANDARD, QC_PUBLIC_SERVICE_CALENDAR, early);
    DeciderSpecification.for(internshipApplicationDeciderUnder(FIRST_INTERNSHIP_APPLICATION_RULES))
      .given(SCHEDULED)
      .when(recordHeld({ heldAt: early, clock }))
      .then([{ ...held, data: { ...held.data, heldAt: early, clock } } as InternshipApplicationEvent]);
  });

  it('is refused twice, or without a scheduled interview', () => {
    spec
      .given(INTERVIEWED)
      .when(recordHeld())
      .thenThrows(CommandRefused, saying(/awaiting its final reply/));
    spec
      .given(ELIGIBLE)
      .when(recordHeld())
      .thenThrows(CommandRefused, saying(/needs it awaiting its interview/));
    spec
      .given([...SCHEDULED, withdrawn([])])
      .when(recordHeld())
      .thenThrows(CommandRefused, saying(/withdrew/));
    spec
      .given([])
      .when(recordHeld({}, supervisor))
      .thenThrows(CommandRefused, saying(/no internship application/));
  });

  it.each<[string, Partial<RecordInterviewHeld['data']>]>([
    ['heldAt', { heldAt: 'Monday' }],
    ['heldAt', { heldAt: '2026-06-30T13:00:01Z' }], // after metadata.now
    ['heldAt', { heldAt: '2026-06-22T13:00:00Z' }], // before the eligibility reply
    ['panel', { panel: [] }],
    ['panel.1', { panel: ['olivier', ' '] }],
    ['clock', { clock: undefined }],
    ['clock.standardId', { clock: ELIGIBILITY_CLOCK }],
    ['clock.startedAt', { clock: { ...INTERVIEW_CLOCK, startedAt: INTERVIEW_FOR } }],
    ['clock.escalateTo', { clock: { ...INTERVIEW_CLOCK, escalateTo: 'nobody' as never } }],
  ])('rejects a bad %s', (name, data) => {
    spec.given(SCHEDULED).when(recordHeld(data)).thenThrows(InvalidCommand, field(name));
  });

  it('can be checked without a clock plan, before one is computed', () => {
    const { clock: _clock, ...data } = recordHeld().data;
    const state = fold(internshipApplicationDecider, SCHEDULED);
    const record = (actor: Actor, heldAt = HELD_AT): InterviewHeldRecord => ({
      type: 'RecordInterviewHeld',
      data: { ...data, heldAt },
      metadata: { actor, now: HELD_RECORDED, correlationId: 'corr-1' },
    });
    expect(checkRecordInterviewHeld(record(olivier), state)).toEqual({
      heldAt: HELD_AT,
      panel: ['olivier', 'sophie'],
      recordedBy: 'olivier',
    });
    expect(() => checkRecordInterviewHeld(record(olivier, '2026-07-01T14:00:00Z'), state)).toThrow(InvalidCommand);
    expect(() => checkRecordInterviewHeld(record(odile), state)).toThrow(ForbiddenCommand);
    expect(() => checkRecordInterviewHeld(record(olivier), fold(internshipApplicationDecider, ELIGIBLE))).toThrow(CommandRefused);
  });

  it('forbids a case officer who is not the assignee', () => {
    spec.given(SCHEDULED).when(recordHeld({}, odile)).thenThrows(ForbiddenCommand);
  });

  it.each([intake, director, auditor, system])('is forbidden to $role', (actor: Actor) => {
    spec.given(SCHEDULED).when(recordHeld({}, actor)).thenThrows(ForbiddenCommand);
  });
});

describe('SendFinalReply', () => {
  const replied = (
    data: object,
    sentAt: string,
    clockOutcome: 'met' | 'late' | null,
    sentBy = 'olivier',
    recordedAt = sentAt,
  ): InternshipApplicationEvent[] => [
    { type: 'FinalReplySent', data: { ...data, sentBy, sentAt, recordedAt, clockOutcome } } as InternshipApplicationEvent,
  ];

  it('selects the interviewed candidate for a placement, in time', () => {
    spec.given(INTERVIEWED).when(finalReply()).then([selected]);
  });

  it('a reply at 17:00 on the due day (over Canada Day) is in time; after it, late', () => {
    const { dueAt } = INTERVIEW_CLOCK;
    spec
      .given(INTERVIEWED)
      .when(finalReply(rejection, olivier, dueAt))
      .then(replied(rejection, dueAt, 'met'));
    spec
      .given(INTERVIEWED)
      .when(finalReply(rejection, supervisor, '2026-07-15T13:00:00.000Z'))
      .then(replied(rejection, '2026-07-15T13:00:00.000Z', 'late', 'sophie'));
  });

  it('tells an eligible candidate not granted an interview: no clock ran', () => {
    spec
      .given(ELIGIBLE)
      .when(finalReply(rejection, olivier, REPLIED))
      .then(replied(rejection, REPLIED, null));
    spec
      .given(SCHEDULED)
      .when(finalReply(rejection, olivier, REPLIED))
      .then(replied(rejection, REPLIED, null));
  });

  it('a reply sent in time but recorded after the due instant is met, keeping both instants', () => {
    const { dueAt } = INTERVIEW_CLOCK;
    spec
      .given(INTERVIEWED)
      .when(finalReply({ ...rejection, sentAt: dueAt }, olivier, '2026-07-20T13:00:00.000Z'))
      .then(replied(rejection, dueAt, 'met', 'olivier', '2026-07-20T13:00:00.000Z'));
  });

  it.each<[string, InternshipApplicationEvent[], string, RegExp]>([
    ['in the future', INTERVIEWED, '2026-07-08T15:00:01.000Z', /future/],
    ['before the interview', INTERVIEWED, '2026-06-29T14:29:59.000Z', /before the interview/],
    ['before the eligibility reply, without an interview', ELIGIBLE, '2026-06-22T13:59:59.000Z', /before the eligibility reply/],
  ])('refuses a sentAt %s, naming it', (_, events, sentAt, message) => {
    spec
      .given(events)
      .when(finalReply({ ...rejection, sentAt }))
      .thenThrows(InvalidCommand, (e) => e.field === 'sentAt' && message.test(e.message));
  });

  it('refuses a selection without an interview', () => {
    spec
      .given(SCHEDULED)
      .when(finalReply())
      .thenThrows(CommandRefused, saying(/only after an interview/));
  });

  it.each<[string, InternshipApplicationEvent[], RegExp]>([
    ['no case', [], /no internship application/],
    ['before the eligibility reply', FILED, /awaiting its eligibility reply/],
    ['a second reply', [...INTERVIEWED, selected], /closed: the candidate was selected/],
    ['a withdrawn case', [...INTERVIEWED, withdrawn(['internship-interview-reply'])], /withdrew/],
  ])('is refused on %s', (_, events, why) => {
    spec.given(events).when(finalReply(rejection, supervisor)).thenThrows(CommandRefused, saying(why));
  });

  it.each<[string, object]>([
    ['decision', { ...selection, decision: 'waitlisted' }],
    ['organization', { ...selection, organization: '' }],
    ['placement', { ...selection, placement: null }],
    ['placement.post', { ...selection, placement: { ...placement, post: ' ' } }],
    ['placement.city', { ...selection, placement: { ...placement, city: undefined } }],
    ['placement.startsOn', { ...selection, placement: { ...placement, startsOn: '2026-09-31' } }],
    ['placement.endsOn', { ...selection, placement: { ...placement, endsOn: '2026-09-14' } }], // not after the start
    ['reason', { ...selection, reason: 'Strong interview.' }], // only when not selected
    ['reason', { decision: 'not-selected' }],
    ['organization', { ...rejection, organization: 'UNESCO' }], // only when selected
    ['placement', { ...rejection, placement }],
  ])('rejects a bad %s', (name, data) => {
    spec.given(INTERVIEWED).when(finalReply(data)).thenThrows(InvalidCommand, field(name));
  });

  it('forbids a case officer who is not the assignee', () => {
    spec
      .given(INTERVIEWED)
      .when(finalReply(selection, odile))
      .thenThrows(ForbiddenCommand, saying(/assignee/));
  });

  it.each([intake, director, auditor, system])('is forbidden to $role', (actor: Actor) => {
    spec.given(INTERVIEWED).when(finalReply(selection, actor)).thenThrows(ForbiddenCommand);
  });
});
