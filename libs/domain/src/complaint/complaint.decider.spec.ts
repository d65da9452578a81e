import type { Actor } from '../shared/command';
import { CommandRefused, ForbiddenCommand, InvalidCommand } from '../shared/errors';
import { DeciderSpecification } from '../testing';
import type {
  AnswerComplaint,
  AssignComplaint,
  CloseComplaintWithoutAnswer,
  ReceiveComplaint,
  RecordComplaintFindings,
} from './complaint.commands';
import { checkComplaintReceipt, complaintDecider, complaintDeciderUnder, type ComplaintReceipt } from './complaint.decider';
import { FIRST_COMPLAINT_RULES } from './complaint.rules';
import type { ComplaintCloseReason, ComplaintEvent } from './complaint.events';
import {
  administrator,
  AFTER_DUE,
  ANSWERED_AT,
  answered,
  ASSIGNED,
  ASSIGNED_AT,
  assigned,
  auditor,
  CLOCK,
  closed,
  command,
  coordinator,
  director,
  FOUND_AT,
  findingsRecorded,
  intake,
  odile,
  olivier,
  receiptData,
  received,
  RECORDED,
  secretaryGeneral,
  supervisor,
  system,
} from './complaint.fixtures';
import { COMPLAINT_PERMISSIONS, mayIssueComplaintCommand } from './complaint.permissions';

const spec = DeciderSpecification.for(complaintDecider);
const field = (name: string) => (error: InvalidCommand) => error.field === name;
const saying = (pattern: RegExp) => (error: Error) => pattern.test(error.message);

const receive = (data: Partial<ReceiveComplaint['data']> = {}, actor = intake, now = RECORDED) =>
  command<ReceiveComplaint>('ReceiveComplaint', { ...receiptData, ...data }, actor, now);
const assign = (officerId: string, actor = secretaryGeneral, reason?: string | null) =>
  command<AssignComplaint>('AssignComplaint', reason === undefined ? { officerId } : { officerId, reason }, actor, ASSIGNED_AT);
const recordFindings = (data: Partial<RecordComplaintFindings['data']> = {}, actor = olivier) =>
  command<RecordComplaintFindings>(
    'RecordComplaintFindings',
    { findings: findingsRecorded.data.findings, conclusion: 'founded', ...data },
    actor,
    FOUND_AT,
  );
const answer = (actor = olivier, now = ANSWERED_AT, text = 'We apologize; your question is answered below.', answeredAt?: string) =>
  command<AnswerComplaint>('AnswerComplaint', answeredAt === undefined ? { answer: text } : { answer: text, answeredAt }, actor, now);
const close = (data: Partial<CloseComplaintWithoutAnswer['data']> = {}, actor = olivier) =>
  command<CloseComplaintWithoutAnswer>(
    'CloseComplaintWithoutAnswer',
    { reason: 'withdrawn', explanation: 'The complainant withdrew by telephone.', ...data },
    actor,
    ANSWERED_AT,
  );

const withComplainant = (complainant: object) => ({ complainant: { ...receiptData.complainant, ...complainant } });
const withConcern = (concern: object) => ({ concern: { ...receiptData.concern, ...concern } });

describe('ReceiveComplaint', () => {
  it('records a letter received the day before, with the clock started at receipt', () => {
    spec.given([]).when(receive()).then([received]);
  });

  it('records a complaint by e-mail about service quality, from the Secretary General’s office', () => {
    const data = {
      channel: 'e-mail' as const,
      ...withComplainant({ email: ' jf.cote@example.org ', postalAddress: '  ' }),
      concern: { kind: 'service-quality' as const, service: 'Bureau des missions', standardId: null, relatedCaseId: null },
    };
    spec
      .given([])
      .when(receive(data, secretaryGeneral))
      .then([
        {
          type: 'ComplaintReceived',
          data: {
            ...received.data,
            ...data,
            complainant: { name: 'Jean-François Côté', email: 'jf.cote@example.org', postalAddress: null },
            recordedBy: 'genevieve',
          },
        },
      ]);
  });

  it('keeps receivedAt as an instant in UTC', () => {
    spec
      .given([])
      .when(receive({ receivedAt: '2026-05-11T10:00:00-04:00' }, supervisor))
      .then([{ ...received, data: { ...received.data, recordedBy: 'sophie' } }]);
  });

  it('is refused when the case already exists', () => {
    spec
      .given([received])
      .when(receive())
      .thenThrows(CommandRefused, saying(/already exists/));
  });

  it.each<[string, Partial<ReceiveComplaint['data']>]>([
    ['caseId', { caseId: ' ' }],
    ['channel', { channel: 'fax' as never }],
    ['complainant', { complainant: null as never }],
    ['complainant.name', withComplainant({ name: '' })],
    ['complainant.email', withComplainant({ email: 'jf.cote at example.org' })],
    ['complainant.email', { channel: 'e-mail' }], // the answer goes back by e-mail
    ['complainant.postalAddress', withComplainant({ postalAddress: null })], // nowhere to answer
    ['complainant.postalAddress', withComplainant({ postalAddress: 12 })],
    ['subject', { subject: '' }],
    ['details', { details: '\n' }],
    ['concern', { concern: 'late answer' as never }],
    ['concern.kind', withConcern({ kind: 'rudeness' })],
    ['concern.service', withConcern({ service: ' ' })],
    ['concern.standardId', withConcern({ standardId: null })],
    ['concern.relatedCaseId', withConcern({ relatedCaseId: 'complaint-2026-008' })],
    ['receivedAt', { receivedAt: 'last Monday' }],
    ['receivedAt', { receivedAt: '2026-05-12T13:00:01Z' }], // after metadata.now
    ['clock', { clock: undefined }],
    ['clock.standardId', { clock: { ...CLOCK, standardId: 'email-information-request' } }],
    ['clock.startedAt', { receivedAt: '2026-05-11T13:00:00Z' }],
    ['clock.escalateTo', { clock: { ...CLOCK, escalateTo: 'ombudsman' as never } }],
  ])('rejects a bad %s', (name, data) => {
    spec.given([]).when(receive(data)).thenThrows(InvalidCommand, field(name));
  });

  it.each([olivier, director, coordinator, administrator, auditor, system])('is forbidden to $role', (actor) => {
    spec.given([]).when(receive({}, actor)).thenThrows(ForbiddenCommand);
  });

  it('can be checked without its clock, before the plan is computed', () => {
    const { clock: _clock, ...withoutClock } = receiptData;
    const receipt: ComplaintReceipt = {
      type: 'ReceiveComplaint',
      data: withoutClock,
      metadata: { actor: intake, now: RECORDED, correlationId: 'c' },
    };
    expect(checkComplaintReceipt(receipt, { status: 'none' })).toEqual({ ...withoutClock, recordedBy: 'ines' });
    expect(() => checkComplaintReceipt({ ...receipt, metadata: { ...receipt.metadata, actor: auditor } }, { status: 'none' })).toThrow(
      ForbiddenCommand,
    );
  });
});

describe('AssignComplaint', () => {
  const reassigned = (reason: string | null, assignedBy = 'genevieve'): ComplaintEvent => ({
    type: 'ComplaintReassigned',
    data: { fromOfficerId: 'olivier', toOfficerId: 'odile', reason, assignedBy, assignedAt: ASSIGNED_AT },
  });

  it('the Secretary General assigns a received complaint', () => {
    spec
      .given([received])
      .when(assign('olivier'))
      .then([assigned('olivier')]);
  });

  it('a supervisor assigns; a reason is not kept on a first assignment', () => {
    spec
      .given([received])
      .when(assign(' olivier ', supervisor, 'workload'))
      .then([{ type: 'ComplaintAssigned', data: { officerId: 'olivier', assignedBy: 'sophie', assignedAt: ASSIGNED_AT } }]);
  });

  it('reassigns with the reason, or without one', () => {
    spec
      .given(ASSIGNED)
      .when(assign('odile', secretaryGeneral, 'Olivier handled the original e-mail'))
      .then([reassigned('Olivier handled the original e-mail')]);
    spec
      .given(ASSIGNED)
      .when(assign('odile', supervisor))
      .then([reassigned(null, 'sophie')]);
  });

  it('refuses to assign the current assignee again', () => {
    spec
      .given(ASSIGNED)
      .when(assign('olivier'))
      .thenThrows(CommandRefused, saying(/already assigned to olivier/));
  });

  it.each([
    ['no case', []],
    ['an answered complaint', [...ASSIGNED, answered]],
    ['a closed complaint', [received, closed]],
  ])('is refused on %s', (_, events) => {
    spec
      .given(events as ComplaintEvent[])
      .when(assign('odile'))
      .thenThrows(CommandRefused);
  });

  it.each<[string, AssignComplaint]>([
    ['officerId', assign(' ')],
    ['reason', assign('odile', secretaryGeneral, 42 as never)],
  ])('rejects a bad %s', (name, assignCommand) => {
    spec.given(ASSIGNED).when(assignCommand).thenThrows(InvalidCommand, field(name));
  });

  it.each([intake, olivier, director, coordinator, administrator, auditor, system])('is forbidden to $role', (actor) => {
    spec.given([received]).when(assign('odile', actor)).thenThrows(ForbiddenCommand);
  });
});

describe('RecordComplaintFindings', () => {
  it('the assignee records findings', () => {
    spec.given(ASSIGNED).when(recordFindings()).then([findingsRecorded]);
  });

  it('revised findings are recorded again; the Secretary General may record them unassigned', () => {
    spec
      .given([...ASSIGNED, findingsRecorded])
      .when(recordFindings({ conclusion: 'partly-founded' }))
      .then([{ ...findingsRecorded, data: { ...findingsRecorded.data, conclusion: 'partly-founded' } }]);
    spec
      .given([received])
      .when(recordFindings({}, secretaryGeneral))
      .then([{ ...findingsRecorded, data: { ...findingsRecorded.data, recordedBy: 'genevieve' } }]);
  });

  it('refuses the same findings twice', () => {
    spec
      .given([...ASSIGNED, findingsRecorded])
      .when(recordFindings())
      .thenThrows(CommandRefused, saying(/already recorded/));
  });

  it.each([
    ['no case', []],
    ['an answered complaint', [...ASSIGNED, answered]],
    ['a closed complaint', [...ASSIGNED, closed]],
  ])('is refused on %s', (_, events) => {
    spec
      .given(events as ComplaintEvent[])
      .when(recordFindings({}, supervisor))
      .thenThrows(CommandRefused);
  });

  it.each<[string, Partial<RecordComplaintFindings['data']>]>([
    ['findings', { findings: '  ' }],
    ['conclusion', { conclusion: 'obvious' as never }],
  ])('rejects a bad %s', (name, data) => {
    spec.given(ASSIGNED).when(recordFindings(data)).thenThrows(InvalidCommand, field(name));
  });

  it('forbids a case officer who is not the assignee', () => {
    spec
      .given(ASSIGNED)
      .when(recordFindings({}, odile))
      .thenThrows(ForbiddenCommand, saying(/only the assignee/));
  });

  it.each([intake, director, coordinator, administrator, auditor, system])('is forbidden to $role', (actor) => {
    spec.given(ASSIGNED).when(recordFindings({}, actor)).thenThrows(ForbiddenCommand);
  });
});

describe('AnswerComplaint', () => {
  const answeredBy = (actor: Actor, at: string, clockOutcome: 'met' | 'late', recordedAt = at): ComplaintEvent[] => [
    { ...answered, data: { ...answered.data, answeredBy: actor.id, answeredAt: at, recordedAt, clockOutcome } },
  ];
  const FOUND = [...ASSIGNED, findingsRecorded];

  it('the assignee answers in time: met', () => {
    spec
      .given(FOUND)
      .when(answer())
      .then(answeredBy(olivier, ANSWERED_AT, 'met'));
  });

  it('an answer at 17:00 on Tuesday 2 June, the fifteenth working day, is in time', () => {
    expect(CLOCK.dueAt).toBe('2026-06-02T21:00:00.000Z');
    spec
      .given(FOUND)
      .when(answer(olivier, CLOCK.dueAt))
      .then(answeredBy(olivier, CLOCK.dueAt, 'met'));
  });

  it('an answer after the due instant is late', () => {
    spec
      .given(FOUND)
      .when(answer(olivier, AFTER_DUE))
      .then(answeredBy(olivier, AFTER_DUE, 'late'));
  });

  it('an answer sent in time but recorded after the due instant is met, keeping both instants', () => {
    spec
      .given(FOUND)
      .when(answer(olivier, AFTER_DUE, undefined, '2026-06-02T16:00:00-04:00'))
      .then(answeredBy(olivier, '2026-06-02T20:00:00.000Z', 'met', AFTER_DUE));
  });

  it.each([
    ['in the future', '2026-05-26T15:00:01.000Z', /future/],
    ['before the receipt', '2026-05-11T13:59:59.000Z', /before the receipt/],
  ])('refuses an answeredAt %s, naming it', (_, answeredAt, message) => {
    spec
      .given(FOUND)
      .when(answer(olivier, ANSWERED_AT, undefined, answeredAt))
      .thenThrows(InvalidCommand, (e) => e.field === 'answeredAt' && message.test(e.message));
  });

  it('refuses an answer that states no findings: they are recorded first', () => {
    spec
      .given(ASSIGNED)
      .when(answer())
      .thenThrows(InvalidCommand, (e) => e.field === 'findings' && /recorded before/.test(e.message));
  });

  it('under its first rules, as complaints answered before them replay, answers without findings', () => {
    DeciderSpecification.for(complaintDeciderUnder(FIRST_COMPLAINT_RULES))
      .given(ASSIGNED)
      .when(answer())
      .then(answeredBy(olivier, ANSWERED_AT, 'met'));
  });

  it('the Secretary General or a supervisor may answer an unassigned complaint', () => {
    spec
      .given([received, findingsRecorded])
      .when(answer(secretaryGeneral))
      .then(answeredBy(secretaryGeneral, ANSWERED_AT, 'met'));
    spec
      .given([received, findingsRecorded])
      .when(answer(supervisor))
      .then(answeredBy(supervisor, ANSWERED_AT, 'met'));
  });

  it.each([
    ['no case', []],
    ['an answered complaint', [...ASSIGNED, answered]],
    ['a closed complaint', [...ASSIGNED, closed]],
  ])('is refused on %s', (_, events) => {
    spec
      .given(events as ComplaintEvent[])
      .when(answer(secretaryGeneral))
      .thenThrows(CommandRefused);
  });

  it('rejects a blank answer', () => {
    spec
      .given(FOUND)
      .when(answer(olivier, ANSWERED_AT, ''))
      .thenThrows(InvalidCommand, field('answer'));
  });

  it('rejects a command without a valid now', () => {
    spec.given(FOUND).when(answer(olivier, 'tomorrow')).thenThrows(InvalidCommand, field('metadata.now'));
  });

  it('forbids a case officer who is not the assignee', () => {
    spec
      .given(ASSIGNED)
      .when(answer(odile))
      .thenThrows(ForbiddenCommand, saying(/only the assignee/));
    spec.given([received]).when(answer(olivier)).thenThrows(ForbiddenCommand);
  });

  it.each([intake, director, coordinator, administrator, auditor, system])('is forbidden to $role', (actor) => {
    spec.given(ASSIGNED).when(answer(actor)).thenThrows(ForbiddenCommand);
  });
});

describe('CloseComplaintWithoutAnswer', () => {
  const closedWith = (reason: ComplaintCloseReason, explanation: string, closedBy: string): ComplaintEvent[] => [
    { type: 'ComplaintClosedWithoutAnswer', data: { reason, explanation, closedBy, closedAt: ANSWERED_AT } },
  ];

  it('the assignee closes a withdrawn complaint', () => {
    spec
      .given(ASSIGNED)
      .when(close())
      .then(closedWith('withdrawn', 'The complainant withdrew by telephone.', 'olivier'));
  });

  it('the Secretary General closes a letter that is not a complaint', () => {
    const explanation = 'A request for information on Québec Without Borders; recorded as an information request.';
    spec
      .given([received])
      .when(close({ reason: 'not-a-complaint', explanation }, secretaryGeneral))
      .then(closedWith('not-a-complaint', explanation, 'genevieve'));
  });

  it.each([
    ['no case', []],
    ['an answered complaint', [...ASSIGNED, answered]],
    ['a closed complaint', [...ASSIGNED, closed]],
  ])('is refused on %s', (_, events) => {
    spec
      .given(events as ComplaintEvent[])
      .when(close({}, supervisor))
      .thenThrows(CommandRefused);
  });

  it.each<[string, Partial<CloseComplaintWithoutAnswer['data']>]>([
    ['reason', { reason: 'answered-by-phone' as never }],
    ['explanation', { explanation: ' ' }],
  ])('rejects a bad %s', (name, data) => {
    spec.given(ASSIGNED).when(close(data)).thenThrows(InvalidCommand, field(name));
  });

  it('forbids a case officer who is not the assignee', () => {
    spec
      .given(ASSIGNED)
      .when(close({}, odile))
      .thenThrows(ForbiddenCommand, saying(/only the assignee/));
  });

  it.each([intake, director, coordinator, administrator, auditor, system])('is forbidden to $role', (actor) => {
    spec.given(ASSIGNED).when(close({}, actor)).thenThrows(ForbiddenCommand);
  });
});

describe('permissions', () => {
  it.each([
    ['ReceiveComplaint', 'intake-officer', true],
    ['AssignComplaint', 'secretary-general', true],
    ['AssignComplaint', 'intake-officer', false],
    ['AnswerComplaint', 'case-officer', true],
    ['RecordServiceStandardBreach', 'system', true],
    ['RaiseServiceStandardWarning', 'secretary-general', false],
    ['CloseComplaintWithoutAnswer', 'auditor', false],
  ] as const)('%s by %s: %s', (type, role, allowed) => {
    expect(mayIssueComplaintCommand(type, role)).toBe(allowed);
  });

  it('auditors issue nothing; only timers issue clock commands', () => {
    const roles = Object.values(COMPLAINT_PERMISSIONS).flat();
    expect(roles).not.toContain('auditor');
    expect(COMPLAINT_PERMISSIONS.RaiseServiceStandardWarning).toEqual(['system']);
    expect(COMPLAINT_PERMISSIONS.RecordServiceStandardBreach).toEqual(['system']);
  });

  it('rejects an unknown command type as invalid', () => {
    const shred = command('ShredComplaint' as never, {} as never, secretaryGeneral, ANSWERED_AT);
    spec.given([received]).when(shred).thenThrows(InvalidCommand, field('type'));
  });
});
