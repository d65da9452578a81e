import type { Actor } from '../shared/command';
import { fold } from '../shared/decider';
import { CommandRefused, ForbiddenCommand, InvalidCommand } from '../shared/errors';
import { DeciderSpecification } from '../testing';
import { QC_PUBLIC_SERVICE_CALENDAR } from '../calendar/working-calendar';
import { planClock } from '../service-standards/clock-plan';
import type { CloseCallForProposals, ExtendCallForProposals, PublishCallForProposals, SubmitProposal } from './call-for-proposals.commands';
import { callForProposalsDecider, checkCloseCallForProposals, type CallClosing } from './call-for-proposals.decider';
import type { CallForProposalsEvent } from './call-for-proposals.events';
import {
  administrator,
  auditor,
  ceci,
  CLOSED,
  closed,
  closedWithoutProposals,
  CLOSES_AT,
  command,
  coordinator,
  criteria,
  director,
  field,
  intake,
  olivier,
  OPEN,
  oxfam,
  published,
  PUBLISHED_AT,
  saying,
  SELECTION_CLOCK,
  supervisor,
  system,
} from './call-for-proposals.fixtures';
import { CALL_FOR_PROPOSALS_SELECTION_STANDARD } from './call-for-proposals.standards';

const spec = DeciderSpecification.for(callForProposalsDecider);

const publishData: PublishCallForProposals['data'] = {
  caseId: 'paah-2026-1',
  programme: 'humanitarian-action',
  title: 'Humanitarian Action Assistance Program 2026-2027, first call',
  criteria,
  closesAt: '2026-05-15T17:00:00-04:00',
};
const publish = (data: Partial<PublishCallForProposals['data']> = {}, actor: Actor = supervisor) =>
  command<PublishCallForProposals>('PublishCallForProposals', { ...publishData, ...data }, actor, PUBLISHED_AT);

const RECORDED_AT = '2026-05-19T13:00:00.000Z'; // Tuesday after Patriots' Day
const submitData: SubmitProposal['data'] = {
  proposalId: 'p-004',
  organization: { id: 'suco', name: 'SUCO', email: 'projets@suco.org' },
  projectTitle: 'Agroecology with farmer cooperatives in Nicaragua',
  submittedAt: '2026-05-15T16:30:00-04:00',
};
const submit = (data: Partial<SubmitProposal['data']> = {}, actor: Actor = intake, now = RECORDED_AT) =>
  command<SubmitProposal>('SubmitProposal', { ...submitData, ...data }, actor, now);
const submittedSuco: CallForProposalsEvent = {
  type: 'ProposalSubmitted',
  data: { ...submitData, submittedAt: '2026-05-15T20:30:00.000Z', recordedBy: 'ines' },
};

const EXTENDED_TO = '2026-05-29T21:00:00.000Z';
const extend = (data: Partial<ExtendCallForProposals['data']> = {}, actor: Actor = administrator, now = '2026-05-14T13:00:00.000Z') =>
  command<ExtendCallForProposals>(
    'ExtendCallForProposals',
    { closesAt: EXTENDED_TO, reason: 'Hurricane season: partners asked for two more weeks.', ...data },
    actor,
    now,
  );

const close = (clock = SELECTION_CLOCK, now = CLOSES_AT, actor: Actor = system) =>
  command<CloseCallForProposals>('CloseCallForProposals', { clock }, actor, now);

describe('PublishCallForProposals', () => {
  it('publishes the call with its criteria; closesAt in UTC', () => {
    spec.given([]).when(publish()).then([published]);
  });

  it('may be published by a director, for Québec Without Borders', () => {
    const data = { ...published.data, programme: 'quebec-without-borders' as const, publishedBy: 'denis' };
    spec
      .given([])
      .when(publish({ programme: 'quebec-without-borders' }, director))
      .then([{ type: 'CallForProposalsPublished', data }]);
  });

  it('is refused when the case already exists', () => {
    spec
      .given([published])
      .when(publish())
      .thenThrows(CommandRefused, saying(/already exists/));
  });

  it.each<[string, Partial<PublishCallForProposals['data']>]>([
    ['caseId', { caseId: ' ' }],
    ['programme', { programme: 'international-development' as never }],
    ['title', { title: '' }],
    ['criteria', { criteria: [] }],
    ['criteria', { criteria: 'relevance' as never }],
    ['criteria.1', { criteria: [criteria[0], null as never] }],
    ['criteria.0.id', { criteria: [{ ...criteria[0], id: '' }] }],
    ['criteria.1.id', { criteria: [criteria[0], { ...criteria[1], id: 'relevance' }] }],
    ['criteria.0.title', { criteria: [{ ...criteria[0], title: ' ' }] }],
    ['criteria.0.maxScore', { criteria: [{ ...criteria[0], maxScore: 0 }] }],
    ['criteria.0.maxScore', { criteria: [{ ...criteria[0], maxScore: 7.5 }] }],
    ['criteria.2.weight', { criteria: [criteria[0], criteria[1], { ...criteria[2], weight: 0 }] }],
    ['criteria.0.weight', { criteria: [{ ...criteria[0], weight: Number.NaN }] }],
    ['closesAt', { closesAt: '15 May 2026' }],
    ['closesAt', { closesAt: PUBLISHED_AT }], // not after the publication
  ])('rejects a bad %s', (name, data) => {
    spec.given([]).when(publish(data)).thenThrows(InvalidCommand, field(name));
  });

  it.each([intake, olivier, administrator, coordinator, system, auditor])('is forbidden to $role', (actor) => {
    spec.given([]).when(publish({}, actor)).thenThrows(ForbiddenCommand);
  });
});

describe('SubmitProposal', () => {
  it('records a proposal submitted before closing, even when recorded after the closing instant', () => {
    spec.given(OPEN).when(submit()).then([submittedSuco]);
  });

  it('accepts a second proposal from the same organization (supervisor)', () => {
    const second = { ...submitData, proposalId: 'p-005', organization: ceci, submittedAt: '2026-05-01T14:00:00.000Z' };
    spec
      .given(OPEN)
      .when(submit(second, supervisor))
      .then([{ type: 'ProposalSubmitted', data: { ...second, recordedBy: 'sophie' } }]);
  });

  it('refuses a proposal submitted at or after the closing instant', () => {
    spec
      .given(OPEN)
      .when(submit({ submittedAt: CLOSES_AT }))
      .thenThrows(CommandRefused, saying(/after the call closed/));
  });

  it('refuses any proposal once the call has closed', () => {
    spec
      .given(CLOSED)
      .when(submit())
      .thenThrows(CommandRefused, saying(/closed/));
  });

  it('refuses a proposal id already recorded', () => {
    spec
      .given(OPEN)
      .when(submit({ proposalId: 'p-001' }))
      .thenThrows(CommandRefused, saying(/p-001 is already recorded/));
  });

  it('is refused without a call', () => {
    spec
      .given([])
      .when(submit())
      .thenThrows(CommandRefused, saying(/no call/));
  });

  it.each<[string, Partial<SubmitProposal['data']>]>([
    ['proposalId', { proposalId: '' }],
    ['organization', { organization: null as never }],
    ['organization.id', { organization: { ...oxfam, id: ' ' } }],
    ['organization.name', { organization: { ...oxfam, name: '' } }],
    ['organization.email', { organization: { ...oxfam, email: 'oxfam.qc.ca' } }],
    ['organization.name', { organization: { ...oxfam, name: 'Oxfam Canada' } }], // known under another name
    ['organization.email', { organization: { ...oxfam, email: 'info@oxfam.qc.ca' } }],
    ['projectTitle', { projectTitle: ' ' }],
    ['submittedAt', { submittedAt: 'Friday afternoon' }],
    ['submittedAt', { submittedAt: '2026-05-19T13:00:01Z' }], // after metadata.now
    ['submittedAt', { submittedAt: '2026-03-31T14:00:00Z' }], // before publication
  ])('rejects a bad %s', (name, data) => {
    spec.given(OPEN).when(submit(data)).thenThrows(InvalidCommand, field(name));
  });

  it.each([olivier, director, administrator, system, auditor])('is forbidden to $role', (actor) => {
    spec.given(OPEN).when(submit({}, actor)).thenThrows(ForbiddenCommand);
  });
});

describe('ExtendCallForProposals', () => {
  const extended: CallForProposalsEvent = {
    type: 'CallForProposalsExtended',
    data: {
      previousClosesAt: CLOSES_AT,
      closesAt: EXTENDED_TO,
      reason: 'Hurricane season: partners asked for two more weeks.',
      extendedBy: 'adele',
      extendedAt: '2026-05-14T13:00:00.000Z',
    },
  };

  it('an administrator moves the closing later, before closing', () => {
    spec.given(OPEN).when(extend()).then([extended]);
  });

  it('proposals are then accepted until the new closing instant', () => {
    spec
      .given([...OPEN, extended])
      .when(submit({ submittedAt: '2026-05-20T14:00:00Z' }, intake, '2026-05-20T15:00:00Z'))
      .then([{ ...submittedSuco, data: { ...submittedSuco.data, submittedAt: '2026-05-20T14:00:00.000Z' } }]);
  });

  it('is refused at or after the closing instant, even before the timer has fired', () => {
    spec
      .given(OPEN)
      .when(extend({}, administrator, CLOSES_AT))
      .thenThrows(CommandRefused, saying(/only before closing/));
  });

  it.each([
    ['no call', []],
    ['a closed call', CLOSED],
  ])('is refused on %s', (_, events) => {
    spec.given(events).when(extend()).thenThrows(CommandRefused);
  });

  it.each<[string, Partial<ExtendCallForProposals['data']>]>([
    ['closesAt', { closesAt: 'in two weeks' }],
    ['closesAt', { closesAt: CLOSES_AT }], // not later
    ['closesAt', { closesAt: '2026-05-08T21:00:00Z' }], // earlier: closing early is not allowed
    ['reason', { reason: '' }],
  ])('rejects a bad %s', (name, data) => {
    spec.given(OPEN).when(extend(data)).thenThrows(InvalidCommand, field(name));
  });

  it.each([supervisor, director, intake, system, auditor])('is forbidden to $role', (actor) => {
    spec.given(OPEN).when(extend({}, actor)).thenThrows(ForbiddenCommand);
  });
});

describe('CloseCallForProposals', () => {
  it('the timer closes the call at its closing instant and starts the selection clock', () => {
    spec.given(OPEN).when(close()).then([closed]);
  });

  it('a late timer still closes at the announced instant', () => {
    spec.given(OPEN).when(close(SELECTION_CLOCK, '2026-05-19T13:00:00.000Z')).then([closed]);
  });

  it('a call without proposals closes without a clock', () => {
    spec.given([published]).when(close()).then([closedWithoutProposals]);
  });

  it('is refused before the closing instant', () => {
    spec
      .given(OPEN)
      .when(close(SELECTION_CLOCK, '2026-05-15T20:59:59.999Z'))
      .thenThrows(CommandRefused, saying(/closes at/));
  });

  it.each([
    ['no call', []],
    ['a closed call', CLOSED],
  ])('is refused on %s', (_, events) => {
    spec.given(events).when(close()).thenThrows(CommandRefused);
  });

  it.each<[string, unknown]>([
    ['clock', null],
    ['clock.dueAt', { ...SELECTION_CLOCK, dueAt: SELECTION_CLOCK.startedAt }],
    ['clock.standardId', { ...SELECTION_CLOCK, standardId: 'email-information-request' }],
    ['clock.startedAt', planClock(CALL_FOR_PROPOSALS_SELECTION_STANDARD, QC_PUBLIC_SERVICE_CALENDAR, '2026-05-19T13:00:00Z')],
  ])('rejects a bad %s', (name, clock) => {
    spec
      .given(OPEN)
      .when(close(clock as never))
      .thenThrows(InvalidCommand, field(name));
  });

  it.each([administrator, supervisor, director, auditor])('is forbidden to $role: the timer only', (actor) => {
    spec
      .given(OPEN)
      .when(close(SELECTION_CLOCK, CLOSES_AT, actor))
      .thenThrows(ForbiddenCommand);
  });

  it('checkCloseCallForProposals returns what the clock is planned from, before any plan exists', () => {
    const state = fold(callForProposalsDecider, OPEN);
    const closing = (actor: Actor, now: string): CallClosing => ({
      type: 'CloseCallForProposals',
      data: {},
      metadata: { actor, now, correlationId: 'c' },
    });
    expect(checkCloseCallForProposals(closing(system, '2026-05-16T12:00:00Z'), state)).toEqual({ closedAt: CLOSES_AT, proposalCount: 3 });
    expect(() => checkCloseCallForProposals(closing(system, PUBLISHED_AT), state)).toThrow(CommandRefused);
    expect(() => checkCloseCallForProposals(closing(administrator, CLOSES_AT), state)).toThrow(ForbiddenCommand);
  });
});
