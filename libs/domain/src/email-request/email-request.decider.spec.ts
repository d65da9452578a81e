import type { Actor } from '../shared/command';
import { CommandRefused, ForbiddenCommand, InvalidCommand } from '../shared/errors';
import { DeciderSpecification } from '../testing';
import { QC_PUBLIC_SERVICE_CALENDAR } from '../calendar/working-calendar';
import { planClock } from '../service-standards/clock-plan';
import { EMAIL_INFORMATION_REQUEST_STANDARD } from './email-request.standards';
import type {
  AnswerEmailRequest,
  AssignEmailRequest,
  CloseEmailRequestWithoutAnswer,
  EmailRequestCommand,
  ReceiveEmailRequest,
} from './email-request.commands';
import { emailRequestDecider } from './email-request.decider';
import type { ServiceStandardBreached, ServiceStandardWarning } from '../service-standards/clock.events';
import type { CloseWithoutAnswerReason, EmailRequestEvent, EmailRequestReceived } from './email-request.events';
import { mayIssueEmailRequestCommand } from './email-request.permissions';

// The example of docs/domain.md#working-days: received Monday 2026-11-23 10:00 Eastern, warned
// Thursday 17:00, due Friday 17:00 (22:00Z).
const CLOCK = planClock(EMAIL_INFORMATION_REQUEST_STANDARD, QC_PUBLIC_SERVICE_CALENDAR, '2026-11-23T15:00:00Z');
const TUESDAY = '2026-11-24T14:00:00.000Z';
const { warnAt: WARN_AT, dueAt: DUE_AT } = CLOCK;
const AFTER_DUE = '2026-11-30T14:00:00.000Z';

const intake: Actor = { id: 'ines', role: 'intake-officer' };
const olivier: Actor = { id: 'olivier', role: 'case-officer' };
const odile: Actor = { id: 'odile', role: 'case-officer' };
const supervisor: Actor = { id: 'sophie', role: 'supervisor' };
const system: Actor = { id: 'timer', role: 'system' };
const auditor: Actor = { id: 'aude', role: 'auditor' };

const spec = DeciderSpecification.for(emailRequestDecider);

function command<C extends EmailRequestCommand>(type: C['type'], data: C['data'], actor: Actor, now = TUESDAY): C {
  return { type, data, metadata: { actor, now, correlationId: 'corr-1' } } as C;
}

const receiveData = {
  caseId: 'case-1',
  sender: { name: 'Marie Tremblay', email: 'marie@example.org' },
  subject: 'Internships',
  body: 'Which organizations take master’s students?',
  replyLanguage: 'en',
  receivedAt: '2026-11-23T10:00:00-05:00',
  clock: CLOCK,
} satisfies ReceiveEmailRequest['data'];
const receive = (data: Partial<ReceiveEmailRequest['data']> = {}, actor = intake, now = TUESDAY) =>
  command<ReceiveEmailRequest>('ReceiveEmailRequest', { ...receiveData, ...data }, actor, now);
const assign = (officerId: string, actor = intake, reason?: string | null) =>
  command<AssignEmailRequest>('AssignEmailRequest', reason === undefined ? { officerId } : { officerId, reason }, actor);
const answer = (actor = olivier, now = TUESDAY, text = 'See the IGO internship page.', answeredAt?: string) =>
  command<AnswerEmailRequest>('AnswerEmailRequest', answeredAt === undefined ? { answer: text } : { answer: text, answeredAt }, actor, now);
const close = (data: Partial<CloseEmailRequestWithoutAnswer['data']> = {}, actor = olivier) =>
  command<CloseEmailRequestWithoutAnswer>(
    'CloseEmailRequestWithoutAnswer',
    { reason: 'withdrawn', explanation: 'The sender found the answer.', ...data },
    actor,
  );
const warn = (now = WARN_AT, actor = system) =>
  command('RaiseServiceStandardWarning', { standardId: 'email-information-request' }, actor, now);
const breach = (now = DUE_AT, actor = system) =>
  command('RecordServiceStandardBreach', { standardId: 'email-information-request' }, actor, now);

const received: EmailRequestReceived = {
  type: 'EmailRequestReceived',
  data: { ...receiveData, receivedAt: '2026-11-23T15:00:00.000Z' },
};
const assigned = (officerId = 'olivier'): EmailRequestEvent => ({ type: 'EmailRequestAssigned', data: { officerId } });
const reassigned = (reason: string | null): EmailRequestEvent => ({
  type: 'EmailRequestReassigned',
  data: { fromOfficerId: 'olivier', toOfficerId: 'odile', reason },
});
const answered: EmailRequestEvent = {
  type: 'EmailRequestAnswered',
  data: { answer: 'Done.', answeredBy: 'olivier', answeredAt: TUESDAY, recordedAt: TUESDAY, clockOutcome: 'met' },
};
const closed: EmailRequestEvent = {
  type: 'EmailRequestClosedWithoutAnswer',
  data: { reason: 'withdrawn', explanation: 'Withdrawn.', duplicateOf: null, closedAt: TUESDAY },
};
const warned: ServiceStandardWarning = {
  type: 'ServiceStandardWarning',
  data: {
    standardId: 'email-information-request',
    standardVersion: 1,
    dueAt: DUE_AT,
    warnedAt: WARN_AT,
    notify: { role: 'case-officer', officerId: 'olivier' },
  },
};
const breached: ServiceStandardBreached = {
  type: 'ServiceStandardBreached',
  data: {
    standardId: 'email-information-request',
    standardVersion: 1,
    dueAt: DUE_AT,
    breachedAt: DUE_AT,
    escalatedTo: 'supervisor',
  },
};

const field = (name: string) => (error: InvalidCommand) => error.field === name;

describe('ReceiveEmailRequest', () => {
  it('records the e-mail with its clock and the language it is answered in, receivedAt in UTC', () => {
    spec.given([]).when(receive()).then([received]);
  });

  it('owes a French reply when no language is stated, as in receipts sent before it was recorded', () => {
    const { replyLanguage: _stated, ...unstated } = receiveData;
    const inFrench: EmailRequestReceived = { ...received, data: { ...received.data, replyLanguage: 'fr' } };
    spec
      .given([])
      .when(command<ReceiveEmailRequest>('ReceiveEmailRequest', unstated, intake))
      .then([inFrench]);
    spec
      .given([])
      .when(receive({ replyLanguage: null }))
      .then([inFrench]);
  });

  it('may be recorded by a supervisor; a blank sender name is kept as null', () => {
    const sender = { name: '  ', email: ' marie@example.org ' };
    spec
      .given([])
      .when(receive({ sender }, supervisor))
      .then([{ ...received, data: { ...received.data, sender: { name: null, email: 'marie@example.org' } } }]);
  });

  it('is refused when the case already exists', () => {
    spec
      .given([received])
      .when(receive())
      .thenThrows(CommandRefused, (e) => /already exists/.test(e.message));
  });

  it.each<[string, Partial<ReceiveEmailRequest['data']>]>([
    ['caseId', { caseId: '' }],
    ['subject', { subject: '   ' }],
    ['body', { body: '' }],
    ['sender', { sender: null as never }],
    ['sender.email', { sender: { name: null, email: 'marie at example.org' } }],
    ['sender.name', { sender: { name: 42 as never, email: 'marie@example.org' } }],
    ['replyLanguage', { replyLanguage: 'es' as never }],
    ['receivedAt', { receivedAt: 'Monday morning' }],
    ['receivedAt', { receivedAt: '2026-11-24T14:00:01Z' }], // after metadata.now
    ['clock.startedAt', { receivedAt: '2026-11-23T15:00:01Z' }],
    ['clock.dueAt', { clock: { ...CLOCK, dueAt: CLOCK.startedAt } }],
    ['clock.escalateTo', { clock: { ...CLOCK, escalateTo: 'nobody' as never } }],
  ])('rejects a bad %s', (name, data) => {
    spec.given([]).when(receive(data)).thenThrows(InvalidCommand, field(name));
  });

  it.each([olivier, auditor, system])('is forbidden to $role', (actor) => {
    spec.given([]).when(receive({}, actor)).thenThrows(ForbiddenCommand);
  });
});

describe('AssignEmailRequest', () => {
  it('assigns a received e-mail (intake officer)', () => {
    spec
      .given([received])
      .when(assign('olivier'))
      .then([assigned('olivier')]);
  });

  it('assigns a received e-mail (supervisor); a reason is not kept on a first assignment', () => {
    spec
      .given([received])
      .when(assign('olivier', supervisor, 'workload'))
      .then([assigned('olivier')]);
  });

  it('reassigns when a supervisor moves the case, with the reason', () => {
    spec
      .given([received, assigned('olivier')])
      .when(assign('odile', supervisor, 'Olivier is away'))
      .then([reassigned('Olivier is away')]);
  });

  it('reassigns without a reason', () => {
    spec
      .given([received, assigned('olivier')])
      .when(assign('odile', supervisor))
      .then([reassigned(null)]);
  });

  it('refuses to assign the current assignee again', () => {
    spec
      .given([received, assigned('olivier')])
      .when(assign('olivier', supervisor))
      .thenThrows(CommandRefused);
  });

  it.each([
    ['no case', []],
    ['an answered case', [received, assigned(), answered]],
    ['a closed case', [received, closed]],
  ])('is refused on %s', (_, events) => {
    spec.given(events).when(assign('odile', supervisor)).thenThrows(CommandRefused);
  });

  it('rejects a blank officerId', () => {
    spec.given([received]).when(assign(' ')).thenThrows(InvalidCommand, field('officerId'));
  });

  it('forbids an intake officer to reassign', () => {
    spec
      .given([received, assigned('olivier')])
      .when(assign('odile', intake))
      .thenThrows(ForbiddenCommand, (e) => e.role === 'intake-officer' && /supervisor/.test(e.message));
  });

  it.each([olivier, auditor, system])('is forbidden to $role', (actor) => {
    spec.given([received]).when(assign('odile', actor)).thenThrows(ForbiddenCommand);
  });
});

describe('AnswerEmailRequest', () => {
  const answeredBy = (actor: Actor, at: string, clockOutcome: 'met' | 'late', recordedAt = at): EmailRequestEvent[] => [
    {
      type: 'EmailRequestAnswered',
      data: { answer: 'See the IGO internship page.', answeredBy: actor.id, answeredAt: at, recordedAt, clockOutcome },
    },
  ];

  it('the assignee answers in time: met', () => {
    spec
      .given([received, assigned()])
      .when(answer())
      .then(answeredBy(olivier, TUESDAY, 'met'));
  });

  it('an answer at 17:00 on the due day is in time', () => {
    spec
      .given([received, assigned(), warned])
      .when(answer(olivier, DUE_AT))
      .then(answeredBy(olivier, DUE_AT, 'met'));
  });

  it('an answer after the due instant is late, breach recorded or not', () => {
    spec
      .given([received, assigned()])
      .when(answer(olivier, AFTER_DUE))
      .then(answeredBy(olivier, AFTER_DUE, 'late'));
    spec
      .given([received, assigned(), warned, breached])
      .when(answer(olivier, AFTER_DUE))
      .then(answeredBy(olivier, AFTER_DUE, 'late'));
  });

  it('an answer sent in time but recorded after the due instant is met, keeping both instants', () => {
    spec
      .given([received, assigned(), warned, breached])
      .when(answer(olivier, AFTER_DUE, 'See the IGO internship page.', '2026-11-27T16:30:00-05:00'))
      .then(answeredBy(olivier, '2026-11-27T21:30:00.000Z', 'met', AFTER_DUE));
  });

  it.each([
    ['in the future', '2026-11-24T14:00:01.000Z', /future/],
    ['before the receipt', '2026-11-23T14:59:59.000Z', /before the receipt/],
  ])('refuses an answeredAt %s, naming it', (_, answeredAt, message) => {
    spec
      .given([received, assigned()])
      .when(answer(olivier, TUESDAY, 'See the IGO internship page.', answeredAt))
      .thenThrows(InvalidCommand, (e) => e.field === 'answeredAt' && message.test(e.message));
  });

  it('a supervisor may answer an unassigned case', () => {
    spec
      .given([received])
      .when(answer(supervisor))
      .then(answeredBy(supervisor, TUESDAY, 'met'));
  });

  it.each([
    ['no case', []],
    ['an answered case', [received, assigned(), answered]],
    ['a closed case', [received, assigned(), closed]],
  ])('is refused on %s', (_, events) => {
    spec.given(events).when(answer(supervisor)).thenThrows(CommandRefused);
  });

  it('rejects a blank answer', () => {
    spec
      .given([received, assigned()])
      .when(answer(olivier, TUESDAY, '\n'))
      .thenThrows(InvalidCommand, field('answer'));
  });

  it('forbids a case officer who is not the assignee', () => {
    spec
      .given([received, assigned('olivier')])
      .when(answer(odile))
      .thenThrows(ForbiddenCommand, (e) => /assignee/.test(e.message));
    spec.given([received]).when(answer(odile)).thenThrows(ForbiddenCommand);
  });

  it.each([intake, auditor, system])('is forbidden to $role', (actor) => {
    spec.given([received, assigned()]).when(answer(actor)).thenThrows(ForbiddenCommand);
  });
});

describe('CloseEmailRequestWithoutAnswer', () => {
  const closedWith = (reason: CloseWithoutAnswerReason, explanation: string, duplicateOf: string | null): EmailRequestEvent[] => [
    { type: 'EmailRequestClosedWithoutAnswer', data: { reason, explanation, duplicateOf, closedAt: TUESDAY } },
  ];

  it('the assignee closes a duplicate, naming the original', () => {
    spec
      .given([received, assigned()])
      .when(close({ reason: 'duplicate', explanation: 'Sent twice.', duplicateOf: 'case-0' }))
      .then(closedWith('duplicate', 'Sent twice.', 'case-0'));
  });

  it('a supervisor closes a withdrawn request', () => {
    spec
      .given([received])
      .when(close({}, supervisor))
      .then(closedWith('withdrawn', 'The sender found the answer.', null));
  });

  it('closes a request not for the ministry', () => {
    spec
      .given([received, assigned()])
      .when(close({ reason: 'not-for-ministry', explanation: 'Federal matter.', duplicateOf: null }))
      .then(closedWith('not-for-ministry', 'Federal matter.', null));
  });

  it.each([
    ['no case', []],
    ['an answered case', [received, assigned(), answered]],
    ['a closed case', [received, assigned(), closed]],
  ])('is refused on %s', (_, events) => {
    spec.given(events).when(close({}, supervisor)).thenThrows(CommandRefused);
  });

  it.each<[string, Partial<CloseEmailRequestWithoutAnswer['data']>]>([
    ['reason', { reason: 'spam' as never }],
    ['explanation', { explanation: ' ' }],
    ['duplicateOf', { reason: 'duplicate' }], // the original is required
    ['duplicateOf', { reason: 'duplicate', duplicateOf: 'case-1' }], // not itself
    ['duplicateOf', { reason: 'withdrawn', duplicateOf: 'case-0' }], // only for duplicates
  ])('rejects a bad %s', (name, data) => {
    spec.given([received, assigned()]).when(close(data)).thenThrows(InvalidCommand, field(name));
  });

  it('forbids a case officer who is not the assignee', () => {
    spec
      .given([received, assigned('olivier')])
      .when(close({}, odile))
      .thenThrows(ForbiddenCommand);
  });

  it.each([intake, auditor, system])('is forbidden to $role', (actor) => {
    spec.given([received, assigned()]).when(close({}, actor)).thenThrows(ForbiddenCommand);
  });
});

describe('RaiseServiceStandardWarning', () => {
  it('warns the assignee at warnAt', () => {
    spec.given([received, assigned()]).when(warn()).then([warned]);
  });

  it('warns the supervisors when nobody is assigned', () => {
    const data = { ...warned.data, notify: { role: 'supervisor' as const, officerId: null } };
    spec
      .given([received])
      .when(warn())
      .then([{ type: 'ServiceStandardWarning', data }]);
  });

  it.each([
    ['before warnAt', [received, assigned()], '2026-11-26T21:59:59.999Z'],
    ['twice', [received, assigned(), warned], WARN_AT],
    ['after the answer', [received, assigned(), answered], WARN_AT],
    ['after closing', [received, closed], WARN_AT],
    ['after a breach', [received, breached], AFTER_DUE],
    ['without a case', [], WARN_AT],
  ])('is refused %s', (_, events, now) => {
    spec.given(events).when(warn(now)).thenThrows(CommandRefused);
  });

  it.each([supervisor, auditor])('is forbidden to $role: timers only', (actor) => {
    spec.given([received]).when(warn(WARN_AT, actor)).thenThrows(ForbiddenCommand);
  });
});

describe('RecordServiceStandardBreach', () => {
  it('escalates to the supervisor at dueAt', () => {
    spec.given([received, assigned(), warned]).when(breach()).then([breached]);
  });

  it('records only the breach when no warning was raised (case recorded late)', () => {
    const data = { ...breached.data, breachedAt: AFTER_DUE };
    spec
      .given([received])
      .when(breach(AFTER_DUE))
      .then([{ type: 'ServiceStandardBreached', data }]);
  });

  it.each([
    ['before dueAt', [received, warned], '2026-11-27T21:59:59.999Z'],
    ['twice', [received, warned, breached], AFTER_DUE],
    ['after the answer', [received, assigned(), answered], AFTER_DUE],
    ['after closing', [received, closed], AFTER_DUE],
    ['without a case', [], AFTER_DUE],
  ])('is refused %s', (_, events, now) => {
    spec.given(events).when(breach(now)).thenThrows(CommandRefused);
  });

  it.each([supervisor, auditor])('is forbidden to $role: timers only', (actor) => {
    spec.given([received]).when(breach(DUE_AT, actor)).thenThrows(ForbiddenCommand);
  });
});

describe('EscalateServiceStandardBreach', () => {
  // The e-mail standard's chain: two working days after Friday's due instant, Tuesday 17:00.
  const ESCALATE_AT = '2026-12-01T22:00:00.000Z';
  const escalate = (now = ESCALATE_AT, actor = system) =>
    command('EscalateServiceStandardBreach', { standardId: 'email-information-request' }, actor, now);

  it('takes a breach still unanswered to the director', () => {
    spec
      .given([received, assigned(), warned, breached])
      .when(escalate())
      .then([
        {
          type: 'ServiceStandardBreachEscalated',
          data: {
            standardId: 'email-information-request',
            standardVersion: 1,
            dueAt: DUE_AT,
            escalatedAt: ESCALATE_AT,
            escalatedTo: 'director',
          },
        },
      ]);
  });

  it('is refused before its instant, or once answered', () => {
    spec.given([received, warned, breached]).when(escalate('2026-12-01T21:59:00.000Z')).thenThrows(CommandRefused);
    spec.given([received, assigned(), warned, breached, answered]).when(escalate()).thenThrows(CommandRefused);
  });

  it('is forbidden to staff: timers only', () => {
    spec.given([received, warned, breached]).when(escalate(ESCALATE_AT, supervisor)).thenThrows(ForbiddenCommand);
  });
});

describe('permissions', () => {
  it.each([
    ['ReceiveEmailRequest', 'intake-officer', true],
    ['AssignEmailRequest', 'supervisor', true],
    ['AnswerEmailRequest', 'case-officer', true],
    ['RecordServiceStandardBreach', 'system', true],
    ['AnswerEmailRequest', 'director', false],
    ['RaiseServiceStandardWarning', 'supervisor', false],
    ['CloseEmailRequestWithoutAnswer', 'auditor', false],
  ] as const)('%s by %s: %s', (type, role, allowed) => {
    expect(mayIssueEmailRequestCommand(type, role)).toBe(allowed);
  });

  it('rejects an unknown command type as invalid', () => {
    const shred = command('Shred' as never, {} as never, supervisor);
    spec.given([received]).when(shred).thenThrows(InvalidCommand, field('type'));
  });
});
