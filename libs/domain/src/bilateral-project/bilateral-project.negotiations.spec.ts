import { CommandRefused, ForbiddenCommand, InvalidCommand } from '../shared/errors';
import { DeciderSpecification } from '../testing';
import type {
  AbandonPartnerNegotiations,
  EndPartnerNegotiations,
  RecordNegotiationRound,
  StartPartnerNegotiations,
} from './bilateral-project.commands';
import { bilateralProjectDecider } from './bilateral-project.decider';
import type { BilateralProjectEvent } from './bilateral-project.events';
import {
  abandoned,
  auditor,
  CLOCK,
  command,
  coordinator,
  director,
  END_RECORDED,
  ENDED_AT,
  field,
  intake,
  NEGOTIATING,
  odile,
  olivier,
  ROUND_AT,
  round1,
  STARTED_AT,
  submitted,
  SUBMITTED,
  SUBMITTED_AT,
  supervisor,
  system,
  UNDER_ANALYSIS,
  withdrawn,
} from './bilateral-project.fixtures';
import { checkEndPartnerNegotiations, type PartnerNegotiationsEnd } from './bilateral-project.negotiations';
import { initialBilateralProjectState } from './bilateral-project.state';

const spec = DeciderSpecification.for(bilateralProjectDecider);
const NOW = END_RECORDED;

const start = (data: Partial<StartPartnerNegotiations['data']> = {}, actor = olivier) =>
  command<StartPartnerNegotiations>('StartPartnerNegotiations', { startedAt: STARTED_AT, ...data }, actor, NOW);
const round = (data: Partial<RecordNegotiationRound['data']> = {}, actor = olivier) =>
  command<RecordNegotiationRound>('RecordNegotiationRound', { heldAt: ROUND_AT, notes: 'Budget split agreed.', ...data }, actor, NOW);
const end = (data: Partial<EndPartnerNegotiations['data']> = {}, actor = olivier) =>
  command<EndPartnerNegotiations>('EndPartnerNegotiations', { endedAt: ENDED_AT, clock: CLOCK, ...data }, actor, NOW);
const abandon = (reason = 'The Bavarian partner withdrew from the exchange.', actor = olivier) =>
  command<AbandonPartnerNegotiations>('AbandonPartnerNegotiations', { reason }, actor, NOW);

const CLOSED: [string, BilateralProjectEvent[]][] = [
  ['no case', []],
  ['a withdrawn project', [...SUBMITTED, withdrawn([])]],
];

describe('StartPartnerNegotiations', () => {
  it('the assignee records the start, at its true instant, notes trimmed', () => {
    spec
      .given(SUBMITTED)
      .when(start({ notes: ' Kick-off with the Bavarian State Chancellery ' }))
      .then([
        {
          type: 'PartnerNegotiationsStarted',
          data: { startedAt: STARTED_AT, notes: 'Kick-off with the Bavarian State Chancellery', recordedBy: 'olivier' },
        },
      ]);
  });

  it('a supervisor may start the negotiations of an unassigned project', () => {
    spec
      .given([submitted])
      .when(start({}, supervisor))
      .then([{ type: 'PartnerNegotiationsStarted', data: { startedAt: STARTED_AT, notes: null, recordedBy: 'sophie' } }]);
  });

  it('is refused once the negotiations have started, saying where the project stands', () => {
    spec
      .given(NEGOTIATING)
      .when(start())
      .thenThrows(CommandRefused, (e) => /in negotiation/.test(e.message) && /StartPartnerNegotiations/.test(e.message));
  });

  it.each(CLOSED)('is refused on %s', (_, events) => {
    spec.given(events).when(start({}, supervisor)).thenThrows(CommandRefused);
  });

  it.each<[string, Partial<StartPartnerNegotiations['data']>]>([
    ['startedAt', { startedAt: 'early March' }],
    ['startedAt', { startedAt: '2026-03-27T13:00:00.001Z' }], // in the future
    ['startedAt', { startedAt: '2026-02-16T14:59:59Z' }], // before the submission
    ['notes', { notes: ['kick-off'] as never }],
  ])('rejects a bad %s', (name, data) => {
    spec.given(SUBMITTED).when(start(data)).thenThrows(InvalidCommand, field(name));
  });

  it('forbids a case officer who is not the assignee', () => {
    spec
      .given(SUBMITTED)
      .when(start({}, odile))
      .thenThrows(ForbiddenCommand, (e) => /assignee/.test(e.message));
  });

  it.each([intake, director, coordinator, auditor, system])('is forbidden to $role', (actor) => {
    spec.given(SUBMITTED).when(start({}, actor)).thenThrows(ForbiddenCommand);
  });
});

describe('RecordNegotiationRound', () => {
  it('numbers the rounds from 1', () => {
    spec
      .given(NEGOTIATING)
      .when(round())
      .then([
        { type: 'NegotiationRoundRecorded', data: { round: 1, heldAt: ROUND_AT, notes: 'Budget split agreed.', recordedBy: 'olivier' } },
      ]);
    spec
      .given([...NEGOTIATING, round1])
      .when(round({ heldAt: '2026-03-19T13:00:00Z', notes: 'Mission calendar agreed.' }, supervisor))
      .then([
        {
          type: 'NegotiationRoundRecorded',
          data: { round: 2, heldAt: '2026-03-19T13:00:00.000Z', notes: 'Mission calendar agreed.', recordedBy: 'sophie' },
        },
      ]);
  });

  it('is refused before the negotiations start and after they end', () => {
    spec
      .given(SUBMITTED)
      .when(round())
      .thenThrows(CommandRefused, (e) => /needs it in negotiation/.test(e.message));
    spec
      .given(UNDER_ANALYSIS)
      .when(round())
      .thenThrows(CommandRefused, (e) => /under analysis/.test(e.message));
  });

  it.each<[string, BilateralProjectEvent[], Partial<RecordNegotiationRound['data']>]>([
    ['notes', NEGOTIATING, { notes: '' }],
    ['heldAt', NEGOTIATING, { heldAt: '2026-03-12' }],
    ['heldAt', NEGOTIATING, { heldAt: '2026-03-28T00:00:00Z' }], // in the future
    ['heldAt', NEGOTIATING, { heldAt: '2026-03-01T14:00:00Z' }], // before the start
    ['heldAt', [...NEGOTIATING, round1], { heldAt: '2026-03-11T13:00:00Z' }], // before round 1
  ])('rejects a bad %s', (name, events, data) => {
    spec.given(events).when(round(data)).thenThrows(InvalidCommand, field(name));
  });

  it.each([odile, intake, director, auditor, system])('is forbidden to $role ($id)', (actor) => {
    spec.given(NEGOTIATING).when(round({}, actor)).thenThrows(ForbiddenCommand);
  });
});

describe('EndPartnerNegotiations', () => {
  const endedWith = (recordedBy: string, notes: string | null = null): BilateralProjectEvent[] => [
    { type: 'PartnerNegotiationsEnded', data: { endedAt: ENDED_AT, notes, recordedBy, clock: CLOCK } },
  ];

  it('ends the negotiations the day before it is recorded: the clock starts at endedAt', () => {
    spec
      .given([...NEGOTIATING, round1])
      .when(end({ endedAt: '2026-03-26T11:00:00-04:00' }))
      .then(endedWith('olivier'));
  });

  it('needs no recorded round; a supervisor may end them, with notes', () => {
    spec
      .given(NEGOTIATING)
      .when(end({ notes: 'Minutes signed by both parties.' }, supervisor))
      .then(endedWith('sophie', 'Minutes signed by both parties.'));
  });

  it.each([
    ['before the negotiations start', SUBMITTED],
    ['twice', UNDER_ANALYSIS],
    ['once abandoned', [...NEGOTIATING, abandoned]],
  ])('is refused %s', (_, events) => {
    spec.given(events).when(end()).thenThrows(CommandRefused);
  });

  it.each<[string, Partial<EndPartnerNegotiations['data']>]>([
    ['endedAt', { endedAt: 'Thursday' }],
    ['endedAt', { endedAt: '2026-03-27T13:00:01Z' }], // in the future
    ['endedAt', { endedAt: '2026-03-12T12:59:59Z' }], // before round 1
    ['notes', { notes: 12 as never }],
    ['clock', { clock: undefined }],
    ['clock.standardId', { clock: { ...CLOCK, standardId: 'email-information-request' } }],
    ['clock.startedAt', { clock: { ...CLOCK, startedAt: END_RECORDED, warnAt: END_RECORDED } }],
    ['clock.dueAt', { clock: { ...CLOCK, dueAt: CLOCK.startedAt } }],
    ['clock.escalateTo', { clock: { ...CLOCK, escalateTo: 'minister' as never } }],
  ])('rejects a bad %s', (name, data) => {
    spec
      .given([...NEGOTIATING, round1])
      .when(end(data))
      .thenThrows(InvalidCommand, field(name));
  });

  it.each([odile, intake, director, auditor, system])('is forbidden to $role ($id)', (actor) => {
    spec.given(NEGOTIATING).when(end({}, actor)).thenThrows(ForbiddenCommand);
  });
});

describe('checkEndPartnerNegotiations (before the clock is planned)', () => {
  const state = NEGOTIATING.reduce(bilateralProjectDecider.evolve, initialBilateralProjectState());
  const withoutClock = (endedAt: string, actor = olivier): PartnerNegotiationsEnd => ({
    type: 'EndPartnerNegotiations',
    data: { endedAt },
    metadata: { actor, now: NOW, correlationId: 'corr-1' },
  });

  it('returns the instant to plan the clock from, in UTC', () => {
    expect(checkEndPartnerNegotiations(withoutClock('2026-03-26T11:00:00-04:00'), state)).toEqual({
      endedAt: ENDED_AT,
      notes: null,
      recordedBy: 'olivier',
    });
  });

  it('refuses what decide would refuse, without a plan', () => {
    expect(() => checkEndPartnerNegotiations(withoutClock(ENDED_AT, intake), state)).toThrow(ForbiddenCommand);
    expect(() => checkEndPartnerNegotiations(withoutClock(SUBMITTED_AT), state)).toThrow(InvalidCommand);
    expect(() => checkEndPartnerNegotiations(withoutClock(ENDED_AT, supervisor), initialBilateralProjectState())).toThrow(CommandRefused);
  });
});

describe('AbandonPartnerNegotiations', () => {
  it('closes the case with the reason, at the recording instant', () => {
    spec
      .given([...NEGOTIATING, round1])
      .when(abandon())
      .then([abandoned]);
  });

  it('a supervisor may abandon them', () => {
    spec
      .given(NEGOTIATING)
      .when(abandon('No common priority area.', supervisor))
      .then([
        { type: 'PartnerNegotiationsAbandoned', data: { reason: 'No common priority area.', abandonedAt: NOW, recordedBy: 'sophie' } },
      ]);
  });

  it.each([
    ['before they start (withdraw instead)', SUBMITTED],
    ['once ended', UNDER_ANALYSIS],
    ['twice', [...NEGOTIATING, abandoned]],
  ])('is refused %s', (_, events) => {
    spec.given(events).when(abandon()).thenThrows(CommandRefused);
  });

  it('rejects a blank reason', () => {
    spec.given(NEGOTIATING).when(abandon('  ')).thenThrows(InvalidCommand, field('reason'));
  });

  it.each([odile, intake, director, auditor, system])('is forbidden to $role ($id)', (actor) => {
    spec.given(NEGOTIATING).when(abandon(undefined, actor)).thenThrows(ForbiddenCommand);
  });
});
