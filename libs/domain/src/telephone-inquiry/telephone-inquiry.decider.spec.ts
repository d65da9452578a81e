import { CommandRefused, ForbiddenCommand, InvalidCommand } from '../shared/errors';
import { DeciderSpecification } from '../testing';
import type { CorrectTelephoneInquiry, RecordTelephoneInquiry } from './telephone-inquiry.commands';
import { telephoneInquiryDecider } from './telephone-inquiry.decider';
import type { TelephoneInquiryCorrected, TelephoneInquiryEvent } from './telephone-inquiry.events';
import {
  administrator,
  answeredAtOnce,
  auditor,
  command,
  coordinator,
  CORRECTED_AT,
  director,
  intake,
  officer,
  recorded,
  RECORDED_AT,
  referredToBureau,
  secretaryGeneral,
  supervisor,
  system,
} from './telephone-inquiry.fixtures';
import { mayIssueTelephoneInquiryCommand, TELEPHONE_INQUIRY_PERMISSIONS } from './telephone-inquiry.permissions';

const spec = DeciderSpecification.for(telephoneInquiryDecider);
const field = (name: string) => (error: InvalidCommand) => error.field === name;
const saying = (pattern: RegExp) => (error: Error) => pattern.test(error.message);

const { recordedBy: _by, recordedAt: _at, answeredAtOnce: _flag, ...callData } = recorded.data;
const recordCall = (data: Partial<RecordTelephoneInquiry['data']> = {}, actor = intake, now = RECORDED_AT) =>
  command<RecordTelephoneInquiry>('RecordTelephoneInquiry', { ...callData, ...data }, actor, now);
const correct = (data: Partial<CorrectTelephoneInquiry['data']>, actor = supervisor) =>
  command<CorrectTelephoneInquiry>(
    'CorrectTelephoneInquiry',
    { reason: 'Wrong outcome chosen at the call.', ...data },
    actor,
    CORRECTED_AT,
  );

const referral = (referredTo: object) => ({ outcome: { kind: 'referred', referredTo } as never });

describe('RecordTelephoneInquiry', () => {
  it('records a call answered at once, saying so plainly', () => {
    spec.given([]).when(recordCall()).then([recorded]);
  });

  it('records an anonymous call to the Montréal line, referred to a unit with a contact', () => {
    const subject = 'Registering a company for the Premier’s mission to Mexico';
    spec
      .given([])
      .when(recordCall({ line: 'montreal', caller: null, subject, outcome: referredToBureau }, supervisor))
      .then([
        {
          type: 'TelephoneInquiryRecorded',
          data: {
            ...recorded.data,
            line: 'montreal',
            caller: { name: null, telephone: null },
            subject,
            outcome: referredToBureau,
            answeredAtOnce: false,
            recordedBy: 'sophie',
          },
        },
      ]);
  });

  it('records a referral to another organization, without a contact; blank texts become null', () => {
    const referredTo = { organization: ' Ministère de l’Immigration, de la Francisation et de l’Intégration ', unit: ' ' };
    spec
      .given([])
      .when(recordCall({ caller: { name: 'Léa Bouchard' }, ...referral(referredTo) }))
      .then([
        {
          type: 'TelephoneInquiryRecorded',
          data: {
            ...recorded.data,
            caller: { name: 'Léa Bouchard', telephone: null },
            outcome: {
              kind: 'referred',
              referredTo: { organization: 'Ministère de l’Immigration, de la Francisation et de l’Intégration', unit: null, contact: null },
            },
            answeredAtOnce: false,
          },
        },
      ]);
  });

  it('accepts a call taken just after midnight Eastern, recorded the same Québec day', () => {
    const calledAt = '2026-06-23T04:10:00.000Z'; // 00:10 Eastern
    spec
      .given([])
      .when(recordCall({ calledAt }))
      .then([{ ...recorded, data: { ...recorded.data, calledAt } }]);
  });

  it('is refused when the case already exists', () => {
    spec
      .given([recorded])
      .when(recordCall())
      .thenThrows(CommandRefused, saying(/already exists/));
  });

  it.each<[string, Partial<RecordTelephoneInquiry['data']>]>([
    ['caseId', { caseId: '' }],
    ['line', { line: '1-800' as never }],
    ['caller', { caller: 'Léa' as never }],
    ['caller.name', { caller: { name: 7 as never } }],
    ['caller.telephone', { caller: { telephone: 4185550142 as never } }],
    ['calledAt', { calledAt: 'this morning' }],
    ['calledAt', { calledAt: '2026-06-23T14:05:01Z' }], // after metadata.now
    ['calledAt', { calledAt: '2026-06-22T20:50:00Z' }], // yesterday 16:50 Eastern
    ['calledAt', { calledAt: '2026-06-23T03:30:00Z' }], // same UTC date, but 23:30 Eastern the day before
    ['subject', { subject: ' ' }],
    ['outcome', { outcome: null as never }],
    ['outcome.kind', { outcome: { kind: 'voicemail' } as never }],
    ['outcome.answer', { outcome: { kind: 'answered-at-once', answer: '' } }],
    ['outcome.answer', { outcome: { ...referredToBureau, answer: 'See the Bureau.' } as never }],
    ['outcome.referredTo', { outcome: { ...answeredAtOnce, referredTo: referredToBureau } as never }],
    ['outcome.referredTo', { outcome: { kind: 'referred' } as never }],
    ['outcome.referredTo.organization', referral({ organization: null, unit: '  ', contact: 'Marc' })],
    ['outcome.referredTo.unit', referral({ unit: ['Bureau des missions'] })],
    ['outcome.referredTo.contact', referral({ unit: 'Bureau des missions', contact: { name: 'Marc' } })],
  ])('rejects a bad %s', (name, data) => {
    spec.given([]).when(recordCall(data)).thenThrows(InvalidCommand, field(name));
  });

  it.each([officer, director, secretaryGeneral, coordinator, administrator, auditor, system])('is forbidden to $role', (actor) => {
    spec.given([]).when(recordCall({}, actor)).thenThrows(ForbiddenCommand);
  });
});

describe('CorrectTelephoneInquiry', () => {
  const corrected = (data: Partial<TelephoneInquiryCorrected['data']>): TelephoneInquiryEvent[] => [
    {
      type: 'TelephoneInquiryCorrected',
      data: {
        subject: recorded.data.subject,
        outcome: answeredAtOnce,
        answeredAtOnce: true,
        reason: 'Wrong outcome chosen at the call.',
        correctedBy: 'sophie',
        correctedAt: CORRECTED_AT,
        ...data,
      },
    },
  ];

  it('a supervisor corrects the outcome: the caller was in fact referred', () => {
    spec
      .given([recorded])
      .when(correct({ outcome: referredToBureau }))
      .then(corrected({ outcome: referredToBureau, answeredAtOnce: false }));
  });

  it('corrects the subject alone, keeping the outcome', () => {
    const subject = 'Québec Without Borders: deadlines of the next call for proposals';
    spec
      .given([recorded])
      .when(correct({ subject, reason: 'Subject mistyped.' }))
      .then(corrected({ subject, reason: 'Subject mistyped.' }));
  });

  it('corrects an earlier correction back', () => {
    const first = corrected({ outcome: referredToBureau, answeredAtOnce: false });
    spec
      .given([recorded, ...first])
      .when(correct({ outcome: answeredAtOnce }))
      .then(corrected({}));
  });

  it.each<[string, Partial<CorrectTelephoneInquiry['data']>]>([
    ['nothing', {}],
    ['the same outcome', { outcome: { ...answeredAtOnce } }],
    ['the same subject', { subject: ` ${recorded.data.subject} ` }],
  ])('is refused when it changes nothing (%s)', (_, data) => {
    spec
      .given([recorded])
      .when(correct(data))
      .thenThrows(CommandRefused, saying(/changes nothing/));
  });

  it('is refused when no call was recorded', () => {
    spec
      .given([])
      .when(correct({ outcome: referredToBureau }))
      .thenThrows(CommandRefused, saying(/no telephone inquiry/));
  });

  it.each<[string, Partial<CorrectTelephoneInquiry['data']>]>([
    ['reason', { outcome: referredToBureau, reason: ' ' }],
    ['subject', { subject: '' }],
    ['outcome.kind', { outcome: { kind: 'forgotten' } as never }],
    ['outcome.referredTo.organization', referral({})],
  ])('rejects a bad %s', (name, data) => {
    spec.given([recorded]).when(correct(data)).thenThrows(InvalidCommand, field(name));
  });

  it.each([intake, officer, director, secretaryGeneral, coordinator, administrator, auditor, system])('is forbidden to $role', (actor) => {
    spec
      .given([recorded])
      .when(correct({ outcome: referredToBureau }, actor))
      .thenThrows(ForbiddenCommand);
  });
});

describe('permissions', () => {
  it.each([
    ['RecordTelephoneInquiry', 'intake-officer', true],
    ['RecordTelephoneInquiry', 'supervisor', true],
    ['RecordTelephoneInquiry', 'case-officer', false],
    ['CorrectTelephoneInquiry', 'supervisor', true],
    ['CorrectTelephoneInquiry', 'intake-officer', false],
  ] as const)('%s by %s: %s', (type, role, allowed) => {
    expect(mayIssueTelephoneInquiryCommand(type, role)).toBe(allowed);
  });

  it('auditors issue nothing', () => {
    expect(Object.values(TELEPHONE_INQUIRY_PERMISSIONS).flat()).not.toContain('auditor');
  });

  it('rejects an unknown command type as invalid', () => {
    const shred = command('ShredCall' as never, {} as never, supervisor, CORRECTED_AT);
    spec.given([recorded]).when(shred).thenThrows(InvalidCommand, field('type'));
  });

  it('rejects a command without a valid now', () => {
    spec
      .given([])
      .when(recordCall({}, intake, '23 June'))
      .thenThrows(InvalidCommand, field('metadata.now'));
  });
});
