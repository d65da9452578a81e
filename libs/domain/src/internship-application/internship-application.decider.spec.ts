import type { Actor } from '../shared/command';
import { CommandRefused, ForbiddenCommand, InvalidCommand } from '../shared/errors';
import { DeciderSpecification } from '../testing';
import type {
  AssignInternshipApplication,
  FileInternshipApplication,
  SendEligibilityReply,
  WithdrawInternshipApplication,
} from './internship-application.commands';
import {
  checkFileInternshipApplication,
  internshipApplicationDecider,
  type InternshipApplicationFiling,
} from './internship-application.decider';
import type { InternshipApplicationEvent } from './internship-application.events';
import {
  assigned,
  auditor,
  candidate,
  command,
  director,
  ELIGIBILITY_CLOCK,
  ELIGIBLE,
  eligible,
  FILED,
  FILED_AT,
  filed,
  intake,
  INTERVIEWED,
  notEligible,
  odile,
  olivier,
  RECORDED,
  REPLIED,
  SCHEDULED,
  selected,
  supervisor,
  system,
  withdrawn,
} from './internship-application.fixtures';
import { initialInternshipApplicationState } from './internship-application.state';

const spec = DeciderSpecification.for(internshipApplicationDecider);
const field = (name: string) => (error: InvalidCommand) => error.field === name;
const saying = (pattern: RegExp) => (error: Error) => pattern.test(error.message);

const fileData = filed.data as FileInternshipApplication['data'];
const file = (data: Partial<FileInternshipApplication['data']> = {}, actor = intake) =>
  command<FileInternshipApplication>(
    'FileInternshipApplication',
    { ...fileData, filedAt: '2026-06-18T10:00:00-04:00', ...data },
    actor,
    RECORDED,
  );
const assign = (officerId: string, actor = intake, reason?: string | null) =>
  command<AssignInternshipApplication>(
    'AssignInternshipApplication',
    reason === undefined ? { officerId } : { officerId, reason },
    actor,
    RECORDED,
  );
const reply = (data: object, actor = olivier, now = REPLIED) =>
  command<SendEligibilityReply>('SendEligibilityReply', data as SendEligibilityReply['data'], actor, now);
const withdraw = (reason: string | null | undefined, actor = intake, now = REPLIED) =>
  command<WithdrawInternshipApplication>('WithdrawInternshipApplication', reason === undefined ? {} : { reason }, actor, now);

describe('FileInternshipApplication', () => {
  it('records the filing at its true instant, in UTC, with the eligibility clock', () => {
    spec.given([]).when(file()).then([filed]);
  });

  it('trims texts and may be recorded by a supervisor; no preferred organization is fine', () => {
    const padded = { ...candidate, name: '  Camille Gagnon ', university: 'Université Laval\n' };
    spec
      .given([])
      .when(file({ candidate: padded, preferredOrganizations: [] }, supervisor))
      .then([{ ...filed, data: { ...filed.data, preferredOrganizations: [], recordedBy: 'sophie' } } as InternshipApplicationEvent]);
  });

  it('is refused when the case already exists', () => {
    spec
      .given([filed])
      .when(file())
      .thenThrows(CommandRefused, saying(/already exists \(igo-2026-017\)/));
  });

  it.each<[string, Partial<FileInternshipApplication['data']>]>([
    ['caseId', { caseId: ' ' }],
    ['candidate', { candidate: 'Camille' as never }],
    ['candidate.name', { candidate: { ...candidate, name: '' } }],
    ['candidate.email', { candidate: { ...candidate, email: 'camille at ulaval' } }],
    ['candidate.studyLevel', { candidate: { ...candidate, studyLevel: 'postdoc' as never } }],
    ['candidate.university', { candidate: { ...candidate, university: undefined as never } }],
    ['candidate.fieldOfStudy', { candidate: { ...candidate, fieldOfStudy: ' ' } }],
    ['preferredOrganizations', { preferredOrganizations: 'UNESCO' as never }],
    ['preferredOrganizations.1', { preferredOrganizations: ['UNESCO', ''] }],
    ['filedAt', { filedAt: 'last Thursday' }],
    ['filedAt', { filedAt: '2026-06-19T13:00:01Z' }], // after metadata.now
    ['clock', { clock: null as never }],
    ['clock.standardId', { clock: { ...ELIGIBILITY_CLOCK, standardId: 'internship-interview-reply' } }],
    ['clock.startedAt', { clock: { ...ELIGIBILITY_CLOCK, startedAt: RECORDED } }],
    ['clock.dueAt', { clock: { ...ELIGIBILITY_CLOCK, dueAt: FILED_AT } }],
  ])('rejects a bad %s', (name, data) => {
    spec.given([]).when(file(data)).thenThrows(InvalidCommand, field(name));
  });

  it.each([olivier, director, auditor, system])('is forbidden to $role', (actor) => {
    spec.given([]).when(file({}, actor)).thenThrows(ForbiddenCommand);
  });

  it('can be checked without a clock plan, before one is computed', () => {
    const { clock: _clock, recordedBy: _by, ...data } = filed.data as FileInternshipApplication['data'] & { recordedBy: string };
    const filing = (actor: Actor, filedAt = FILED_AT): InternshipApplicationFiling => ({
      type: 'FileInternshipApplication',
      data: { ...data, filedAt },
      metadata: { actor, now: RECORDED, correlationId: 'corr-1' },
    });
    const none = initialInternshipApplicationState();
    expect(checkFileInternshipApplication(filing(intake), none)).toEqual({ ...data, filedAt: FILED_AT, recordedBy: 'ines' });
    expect(() => checkFileInternshipApplication(filing(intake, '2026-06-20T13:00:00Z'), none)).toThrow(InvalidCommand);
    expect(() => checkFileInternshipApplication(filing(auditor), none)).toThrow(ForbiddenCommand);
  });
});

describe('AssignInternshipApplication', () => {
  it('assigns a filed application (intake officer)', () => {
    spec
      .given([filed])
      .when(assign('olivier'))
      .then([assigned('olivier')]);
  });

  it('reassigns when a supervisor moves the case, with the reason, at any open stage', () => {
    const reassigned: InternshipApplicationEvent = {
      type: 'InternshipApplicationReassigned',
      data: { fromOfficerId: 'olivier', toOfficerId: 'odile', reason: 'Olivier is on leave', assignedBy: 'sophie' },
    };
    spec
      .given(INTERVIEWED)
      .when(assign('odile', supervisor, 'Olivier is on leave'))
      .then([reassigned]);
    spec
      .given(FILED)
      .when(assign(' odile ', supervisor))
      .then([{ ...reassigned, data: { ...reassigned.data, reason: null } }]);
  });

  it('refuses to assign the current assignee again', () => {
    spec
      .given(FILED)
      .when(assign('olivier', supervisor))
      .thenThrows(CommandRefused, saying(/already assigned to olivier/));
  });

  it.each<[string, InternshipApplicationEvent[], RegExp]>([
    ['no case', [], /no internship application/],
    ['a case closed not eligible', [...FILED, notEligible], /not eligible/],
    ['a case closed with a selection', [...INTERVIEWED, selected], /selected/],
    ['a withdrawn case', [...FILED, withdrawn(['internship-eligibility-reply'])], /withdrew/],
  ])('is refused on %s', (_, events, why) => {
    spec.given(events).when(assign('odile', supervisor)).thenThrows(CommandRefused, saying(why));
  });

  it.each([
    ['officerId', ' '],
    ['reason', 42],
  ] as const)('rejects a bad %s', (name, value) => {
    const data = name === 'officerId' ? { officerId: value as string } : { officerId: 'odile', reason: value as never };
    spec
      .given([filed])
      .when(command('AssignInternshipApplication', data, supervisor, RECORDED))
      .thenThrows(InvalidCommand, field(name));
  });

  it('forbids an intake officer to reassign', () => {
    spec
      .given(FILED)
      .when(assign('odile', intake))
      .thenThrows(ForbiddenCommand, saying(/only a supervisor/));
  });

  it.each([olivier, director, auditor, system])('is forbidden to $role', (actor) => {
    spec.given([filed]).when(assign('odile', actor)).thenThrows(ForbiddenCommand);
  });
});

describe('SendEligibilityReply', () => {
  it('the assignee replies eligible in time: met', () => {
    spec
      .given(FILED)
      .when(reply({ decision: 'eligible' }))
      .then([eligible]);
  });

  it('replies not eligible with the reason, trimmed', () => {
    spec
      .given(FILED)
      .when(reply({ decision: 'not-eligible', reason: ' Bachelor’s student. ' }))
      .then([notEligible]);
  });

  it('a reply at 17:00 on the due day is in time; after it, late (breach recorded or not)', () => {
    const at = (sentAt: string, clockOutcome: 'met' | 'late'): InternshipApplicationEvent[] => [
      { type: 'EligibilityReplySent', data: { decision: 'eligible', sentBy: 'olivier', sentAt, recordedAt: sentAt, clockOutcome } },
    ];
    const { dueAt } = ELIGIBILITY_CLOCK;
    spec
      .given(FILED)
      .when(reply({ decision: 'eligible' }, olivier, dueAt))
      .then(at(dueAt, 'met'));
    spec
      .given(FILED)
      .when(reply({ decision: 'eligible' }, olivier, '2026-06-26T21:00:00.001Z'))
      .then(at('2026-06-26T21:00:00.001Z', 'late'));
    const breached: InternshipApplicationEvent = {
      type: 'ServiceStandardBreached',
      data: { standardId: 'internship-eligibility-reply', standardVersion: 1, dueAt, breachedAt: dueAt, escalatedTo: 'supervisor' },
    };
    spec
      .given([...FILED, breached])
      .when(reply({ decision: 'eligible' }, olivier, '2026-06-29T13:00:00.000Z'))
      .then(at('2026-06-29T13:00:00.000Z', 'late'));
  });

  it('a reply sent in time but recorded after the due instant is met, keeping both instants', () => {
    const { dueAt } = ELIGIBILITY_CLOCK;
    spec
      .given(FILED)
      .when(reply({ decision: 'eligible', sentAt: dueAt }, olivier, '2026-06-29T13:00:00.000Z'))
      .then([
        {
          type: 'EligibilityReplySent',
          data: { decision: 'eligible', sentBy: 'olivier', sentAt: dueAt, recordedAt: '2026-06-29T13:00:00.000Z', clockOutcome: 'met' },
        },
      ]);
  });

  it.each([
    ['in the future', '2026-06-22T14:00:01.000Z', /future/],
    ['before the filing', '2026-06-18T13:59:59.000Z', /before the filing/],
  ])('refuses a sentAt %s, naming it', (_, sentAt, message) => {
    spec
      .given(FILED)
      .when(reply({ decision: 'eligible', sentAt }))
      .thenThrows(InvalidCommand, (e) => e.field === 'sentAt' && message.test(e.message));
  });

  it('a supervisor may reply on an unassigned case', () => {
    spec
      .given([filed])
      .when(reply({ decision: 'eligible' }, supervisor))
      .then([{ ...eligible, data: { ...eligible.data, sentBy: 'sophie' } } as InternshipApplicationEvent]);
  });

  it('refuses to find eligible a candidate who is neither a master’s nor a doctoral student', () => {
    const other = { ...filed, data: { ...filed.data, candidate: { ...candidate, studyLevel: 'other' } } } as InternshipApplicationEvent;
    spec
      .given([other, assigned()])
      .when(reply({ decision: 'eligible' }))
      .thenThrows(CommandRefused, saying(/master.s and doctoral students only/));
  });

  it.each<[string, InternshipApplicationEvent[], RegExp]>([
    ['no case', [], /no internship application/],
    ['a second reply', ELIGIBLE, /eligible, with no interview scheduled; SendEligibilityReply needs it awaiting its eligibility reply/],
    ['a case found not eligible', [...FILED, notEligible], /closed: the candidate is not eligible/],
    ['a withdrawn case', [...FILED, withdrawn(['internship-eligibility-reply'])], /withdrew/],
  ])('is refused on %s', (_, events, why) => {
    spec
      .given(events)
      .when(reply({ decision: 'eligible' }, supervisor))
      .thenThrows(CommandRefused, saying(why));
  });

  it.each<[string, object]>([
    ['decision', { decision: 'maybe' }],
    ['reason', { decision: 'not-eligible' }],
    ['reason', { decision: 'not-eligible', reason: '  ' }],
    ['reason', { decision: 'eligible', reason: 'Strong file.' }], // only for not eligible
  ])('rejects a bad %s', (name, data) => {
    spec.given(FILED).when(reply(data)).thenThrows(InvalidCommand, field(name));
  });

  it('forbids a case officer who is not the assignee', () => {
    spec
      .given(FILED)
      .when(reply({ decision: 'eligible' }, odile))
      .thenThrows(ForbiddenCommand, saying(/assignee/));
    spec
      .given([filed])
      .when(reply({ decision: 'eligible' }, olivier))
      .thenThrows(ForbiddenCommand);
  });

  it.each([intake, director, auditor, system])('is forbidden to $role', (actor: Actor) => {
    spec
      .given(FILED)
      .when(reply({ decision: 'eligible' }, actor))
      .thenThrows(ForbiddenCommand);
  });
});

describe('WithdrawInternshipApplication', () => {
  it('cancels the eligibility clock while it runs', () => {
    const event = withdrawn(['internship-eligibility-reply']);
    spec
      .given(FILED)
      .when(withdraw(' Accepted a post at Global Affairs Canada. '))
      .then([{ ...event, data: { ...event.data, reason: 'Accepted a post at Global Affairs Canada.' } } as InternshipApplicationEvent]);
  });

  it('cancels nothing between the two clocks', () => {
    spec
      .given(SCHEDULED)
      .when(withdraw(undefined))
      .then([withdrawn([])]);
  });

  it('cancels the interview clock once interviewed, recorded by the assignee', () => {
    const event = withdrawn(['internship-interview-reply'], '2026-07-02T14:00:00.000Z');
    spec
      .given(INTERVIEWED)
      .when(withdraw(null, olivier, '2026-07-02T14:00:00.000Z'))
      .then([{ ...event, data: { ...event.data, recordedBy: 'olivier' } } as InternshipApplicationEvent]);
  });

  it.each<[string, InternshipApplicationEvent[]]>([
    ['no case', []],
    ['a case found not eligible', [...FILED, notEligible]],
    ['a case closed with a selection', [...INTERVIEWED, selected]],
    ['a withdrawn case', [...FILED, withdrawn(['internship-eligibility-reply'])]],
  ])('is refused on %s', (_, events) => {
    spec.given(events).when(withdraw(null)).thenThrows(CommandRefused);
  });

  it('rejects a reason that is not text', () => {
    spec
      .given(FILED)
      .when(withdraw(7 as never))
      .thenThrows(InvalidCommand, field('reason'));
  });

  it('forbids a case officer who is not the assignee', () => {
    spec
      .given(FILED)
      .when(withdraw(null, odile))
      .thenThrows(ForbiddenCommand, saying(/assignee/));
  });

  it.each([director, auditor, system])('is forbidden to $role', (actor: Actor) => {
    spec.given(FILED).when(withdraw(null, actor)).thenThrows(ForbiddenCommand);
  });
});

describe('unknown commands', () => {
  it('are invalid, naming the type', () => {
    spec
      .given(FILED)
      .when(command('ShredInternshipApplication' as never, {}, supervisor, REPLIED))
      .thenThrows(InvalidCommand, field('type'));
  });
});
