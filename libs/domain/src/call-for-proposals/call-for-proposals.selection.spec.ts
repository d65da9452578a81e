import type { Actor } from '../shared/command';
import { CommandRefused, ForbiddenCommand, InvalidCommand } from '../shared/errors';
import { DeciderSpecification } from '../testing';
import type { ClockCommand } from '../service-standards/clock.commands';
import type { DecideSelection, NotifyOrganization } from './call-for-proposals.commands';
import { callForProposalsDecider, callForProposalsDeciderUnder } from './call-for-proposals.decider';
import type { CallForProposalsEvent } from './call-for-proposals.events';
import {
  administrator,
  assigned,
  auditor,
  ceci,
  CLOSED,
  closedWithoutProposals,
  command,
  conflict,
  DECIDED,
  decided,
  DECIDED_AT,
  decision,
  director,
  EVALUATED,
  field,
  intake,
  noConflict,
  NOTIFIED_AT,
  odile,
  olivier,
  OPEN,
  oxfamNotified,
  published,
  saying,
  scored,
  SELECTION_CLOCK,
  supervisor,
  system,
} from './call-for-proposals.fixtures';
import { mayIssueCallForProposalsCommand } from './call-for-proposals.permissions';
import { FIRST_SELECTION_RULES } from './call-for-proposals.rules';

const spec = DeciderSpecification.for(callForProposalsDecider);

type Entry = DecideSelection['data']['decisions'][number];
const entry = (proposalId: string, outcome: Entry['outcome']): Entry => ({
  proposalId,
  outcome,
  reasons: outcome === 'selected' ? 'Ranked within the programme budget.' : 'Ranked below the budget line.',
});
const ENTRIES = [entry('p-003', 'not-selected'), entry('p-001', 'selected'), entry('p-002', 'selected')];
const decide = (decisions: unknown = ENTRIES, actor: Actor = director, departureJustification: unknown = undefined) =>
  command<DecideSelection>(
    'DecideSelection',
    { decisions: decisions as Entry[], departureJustification } as DecideSelection['data'],
    actor,
    DECIDED_AT,
  );

const notify = (organizationId = 'ceci', actor: Actor = olivier, now = NOTIFIED_AT, notifiedAt?: string) =>
  command<NotifyOrganization>('NotifyOrganization', { organizationId, ...(notifiedAt ? { notifiedAt } : {}) }, actor, now);
const ceciNotified = (notifiedAt = NOTIFIED_AT, notifiedBy = 'olivier', recordedAt = notifiedAt): CallForProposalsEvent => ({
  type: 'OrganizationNotified',
  data: {
    organization: ceci,
    outcomes: [
      {
        proposalId: 'p-002',
        projectTitle: 'Food security in the Burkinabè Sahel',
        outcome: 'selected',
        reasons: 'Ranked within the programme budget.',
      },
      {
        proposalId: 'p-003',
        projectTitle: 'Flood recovery in Saint-Louis, Senegal',
        outcome: 'not-selected',
        reasons: 'Ranked below the budget line.',
      },
    ],
    notifiedBy,
    notifiedAt,
    recordedAt,
  },
});
const allNotified = (completedAt = NOTIFIED_AT, clockOutcome: 'met' | 'late' = 'met'): CallForProposalsEvent => ({
  type: 'AllOrganizationsNotified',
  data: { organizationCount: 2, completedAt, clockOutcome },
});
const COMPLETED = [...DECIDED, oxfamNotified, ceciNotified(), allNotified()];

const timer = (type: ClockCommand['type'], now: string, actor: Actor = system) =>
  command<ClockCommand>(type, { standardId: 'call-for-proposals-selection' }, actor, now);
const { warnAt: WARN_AT, dueAt: DUE_AT } = SELECTION_CLOCK;
const AFTER_DUE = '2026-07-16T14:00:00.000Z';
const warned: CallForProposalsEvent = {
  type: 'ServiceStandardWarning',
  data: {
    standardId: 'call-for-proposals-selection',
    standardVersion: 1,
    dueAt: DUE_AT,
    warnedAt: WARN_AT,
    notify: { role: 'supervisor', officerId: null },
  },
};
const breached: CallForProposalsEvent = {
  type: 'ServiceStandardBreached',
  data: { standardId: 'call-for-proposals-selection', standardVersion: 1, dueAt: DUE_AT, breachedAt: DUE_AT, escalatedTo: 'director' },
};

describe('DecideSelection', () => {
  it('records every outcome with its reasons, rank and score, in rank order (tie: first submitted first)', () => {
    spec.given(EVALUATED).when(decide()).then([decided]);
  });

  it('is refused until every proposal is scored by two evaluators', () => {
    spec
      .given(EVALUATED.slice(0, -1))
      .when(decide())
      .thenThrows(CommandRefused, saying(/not yet: p-003$/));
  });

  it('a recused evaluator’s score does not count; a replacement evaluator completes the proposal', () => {
    const recused = [...EVALUATED, conflict('p-003', 'odile', true)];
    spec
      .given(recused)
      .when(decide())
      .thenThrows(CommandRefused, saying(/not yet: p-003/));
    const replaced = [...recused, assigned('p-003', ['oscar']), noConflict('p-003', 'oscar'), scored('p-003', 'oscar', [28, 21, 7])];
    const decisions = [...decided.data.decisions.slice(0, 2), decision('p-003', 'ceci', 'not-selected', 3, 60)];
    spec
      .given(replaced)
      .when(decide())
      .then([{ type: 'SelectionDecided', data: { ...decided.data, decisions } }]);
  });

  it.each([
    ['no call', []],
    ['an open call', OPEN],
    ['a call decided already', DECIDED],
    ['a call closed without proposals', [published, closedWithoutProposals]],
  ])('is refused on %s', (_, events) => {
    spec.given(events).when(decide()).thenThrows(CommandRefused);
  });

  it.each<[string, unknown]>([
    ['decisions', 'all selected'],
    ['decisions', []],
    ['decisions', ENTRIES.slice(1)], // p-003 missing
    ['decisions.0', [null, ...ENTRIES.slice(1)]],
    ['decisions.0.proposalId', [entry('p-999', 'selected'), ...ENTRIES]],
    ['decisions.3.proposalId', [...ENTRIES, entry('p-001', 'not-selected')]],
    ['decisions.1.outcome', [ENTRIES[0], { ...ENTRIES[1], outcome: 'waitlisted' }, ENTRIES[2]]],
    ['decisions.2.reasons', [ENTRIES[0], ENTRIES[1], { ...ENTRIES[2], reasons: ' ' }]],
  ])('rejects a bad %s', (name, decisions) => {
    spec.given(EVALUATED).when(decide(decisions)).thenThrows(InvalidCommand, field(name));
  });

  it.each([supervisor, olivier, intake, administrator, system, auditor])('is forbidden to $role', (actor) => {
    spec.given(EVALUATED).when(decide(ENTRIES, actor)).thenThrows(ForbiddenCommand);
  });
});

describe('a decision that departs from the ranking', () => {
  // p-002 (ranked 2nd) not selected while p-003 (3rd) is: both outcomes depart from the ranking.
  const DEPARTING = [entry('p-003', 'selected'), entry('p-001', 'selected'), entry('p-002', 'not-selected')];
  const JUSTIFICATION = 'p-002 is already funded by another programme of the Ministry.';
  const decisions = [
    decision('p-001', 'oxfam-quebec', 'selected', 1, 85),
    decision('p-002', 'ceci', 'not-selected', 2, 85),
    decision('p-003', 'ceci', 'selected', 3, 55),
  ];

  it('is recorded as a departure, with its justification', () => {
    spec
      .given(EVALUATED)
      .when(decide(DEPARTING, director, JUSTIFICATION))
      .then([
        {
          type: 'SelectionDecided',
          data: { ...decided.data, decisions, departure: { proposalIds: ['p-002', 'p-003'], justification: JUSTIFICATION } },
        },
      ]);
  });

  it.each([undefined, null, ' '])('is refused without a justification (%p), naming the field', (justification) => {
    spec
      .given(EVALUATED)
      .when(decide(DEPARTING, director, justification))
      .thenThrows(InvalidCommand, (e) => e.field === 'departureJustification' && /p-002, p-003 depart from the ranking/.test(e.message));
  });

  it('a decision that follows the ranking needs no justification, and takes none', () => {
    spec
      .given(EVALUATED)
      .when(decide(ENTRIES, director, JUSTIFICATION))
      .thenThrows(InvalidCommand, field('departureJustification'));
  });

  it('under the first rules, a call begun before them records the departure without a justification', () => {
    const first = DeciderSpecification.for(callForProposalsDeciderUnder(FIRST_SELECTION_RULES));
    first
      .given(EVALUATED)
      .when(decide(DEPARTING))
      .then([
        {
          type: 'SelectionDecided',
          data: { ...decided.data, decisions, departure: { proposalIds: ['p-002', 'p-003'], justification: null } },
        },
      ]);
    first
      .given(EVALUATED)
      .when(decide(DEPARTING, director, JUSTIFICATION))
      .thenThrows(InvalidCommand, field('departureJustification'));
  });

  it('a conflict with an organization takes the evaluator’s scores out of all its proposals', () => {
    spec
      .given([...EVALUATED, conflict('p-002', 'odile', true, [{ proposalId: 'p-003', scoreVoided: true }])])
      .when(decide())
      .thenThrows(CommandRefused, saying(/not yet: p-002, p-003$/));
  });
});

describe('NotifyOrganization', () => {
  it('notifies one organization of the outcome of its proposal', () => {
    spec
      .given(DECIDED)
      .when(notify('oxfam-quebec', olivier, '2026-06-30T14:00:00.000Z'))
      .then([oxfamNotified]);
  });

  it('the last organization, told about both its proposals, completes the selection in time', () => {
    spec
      .given([...DECIDED, oxfamNotified])
      .when(notify())
      .then([ceciNotified(), allNotified()]);
  });

  it('a supervisor may notify; at 17:00 on the due day it is still in time', () => {
    spec
      .given([...DECIDED, oxfamNotified, warned])
      .when(notify('ceci', supervisor, DUE_AT))
      .then([ceciNotified(DUE_AT, 'sophie'), allNotified(DUE_AT, 'met')]);
  });

  it('completing after the due instant is late, breach recorded or not', () => {
    const late = [ceciNotified(AFTER_DUE), allNotified(AFTER_DUE, 'late')];
    spec
      .given([...DECIDED, oxfamNotified])
      .when(notify('ceci', olivier, AFTER_DUE))
      .then(late);
    spec
      .given([...DECIDED, oxfamNotified, warned, breached])
      .when(notify('ceci', olivier, AFTER_DUE))
      .then(late);
  });

  it('an organization told on time but recorded after the breach counts on time', () => {
    spec
      .given([...DECIDED, oxfamNotified, warned, breached])
      .when(notify('ceci', olivier, AFTER_DUE, DUE_AT))
      .then([ceciNotified(DUE_AT, 'olivier', AFTER_DUE), allNotified(DUE_AT, 'met')]);
  });

  it('the selection ends when the last organization was told, whatever the order of recording', () => {
    const ceciToldFirst = '2026-06-30T13:00:00.000Z';
    const lastTold = {
      ...oxfamNotified,
      data: { ...oxfamNotified.data, notifiedAt: AFTER_DUE, recordedAt: AFTER_DUE },
    } as CallForProposalsEvent;
    spec
      .given([...DECIDED, lastTold])
      .when(notify('ceci', olivier, AFTER_DUE, ceciToldFirst))
      .then([ceciNotified(ceciToldFirst, 'olivier', AFTER_DUE), allNotified(AFTER_DUE, 'late')]);
  });

  it.each([
    ['before the selection decision', '2026-06-29T14:59:00.000Z', /before the selection decision/],
    ['in the future', '2026-07-02T14:00:01.000Z', /future/],
  ])('refuses a notification told %s', (_, notifiedAt, message) => {
    spec
      .given(DECIDED)
      .when(notify('ceci', olivier, NOTIFIED_AT, notifiedAt))
      .thenThrows(InvalidCommand, (error) => field('notifiedAt')(error) && saying(message)(error));
  });

  it('refuses to notify an organization twice', () => {
    spec
      .given([...DECIDED, oxfamNotified])
      .when(notify('oxfam-quebec'))
      .thenThrows(CommandRefused, saying(/already notified/));
  });

  it.each([
    ['no call', []],
    ['a call not decided yet', EVALUATED],
    ['a completed call', COMPLETED],
  ])('is refused on %s', (_, events) => {
    spec.given(events).when(notify()).thenThrows(CommandRefused);
  });

  it.each([
    ['organizationId', ' '],
    ['organizationId', 'suco'], // no proposal from it
  ])('rejects a bad %s', (name, organizationId) => {
    spec.given(DECIDED).when(notify(organizationId)).thenThrows(InvalidCommand, field(name));
  });

  it.each([director, intake, administrator, system, auditor])('is forbidden to $role', (actor) => {
    spec.given(DECIDED).when(notify('ceci', actor)).thenThrows(ForbiddenCommand);
  });
});

describe('the selection clock', () => {
  it('warns the supervisors a week before the due day (nobody holds the whole call)', () => {
    spec.given(EVALUATED).when(timer('RaiseServiceStandardWarning', WARN_AT)).then([warned]);
  });

  it('is breached at 17:00 on the due day, escalated to the director', () => {
    spec
      .given([...DECIDED, warned])
      .when(timer('RecordServiceStandardBreach', DUE_AT))
      .then([breached]);
  });

  it.each([
    ['a warning before warnAt', CLOSED, 'RaiseServiceStandardWarning', '2026-07-08T20:59:59.999Z'],
    ['a second warning', [...CLOSED, warned], 'RaiseServiceStandardWarning', WARN_AT],
    ['a breach before dueAt', [...CLOSED, warned], 'RecordServiceStandardBreach', '2026-07-15T20:59:59.999Z'],
    ['a second breach', [...CLOSED, warned, breached], 'RecordServiceStandardBreach', AFTER_DUE],
    ['a warning while the call is open (no clock yet)', OPEN, 'RaiseServiceStandardWarning', WARN_AT],
    ['a breach once every organization is notified', COMPLETED, 'RecordServiceStandardBreach', DUE_AT],
    ['a warning without a call', [], 'RaiseServiceStandardWarning', WARN_AT],
  ] as const)('refuses %s', (_, events, type, now) => {
    spec
      .given(events as CallForProposalsEvent[])
      .when(timer(type, now))
      .thenThrows(CommandRefused);
  });

  it.each([supervisor, director, auditor])('is forbidden to $role: timers only', (actor) => {
    spec
      .given(CLOSED)
      .when(timer('RecordServiceStandardBreach', DUE_AT, actor))
      .thenThrows(ForbiddenCommand);
  });
});

describe('permissions', () => {
  it.each([
    ['PublishCallForProposals', 'supervisor', true],
    ['SubmitProposal', 'intake-officer', true],
    ['ExtendCallForProposals', 'administrator', true],
    ['CloseCallForProposals', 'system', true],
    ['ScoreProposal', 'case-officer', true],
    ['DecideSelection', 'director', true],
    ['CloseCallForProposals', 'administrator', false],
    ['ExtendCallForProposals', 'director', false],
    ['DecideSelection', 'secretary-general', false],
    ['AssignEvaluators', 'coordinator', false],
  ] as const)('%s by %s: %s', (type, role, allowed) => {
    expect(mayIssueCallForProposalsCommand(type, role)).toBe(allowed);
  });

  it('auditors issue nothing', () => {
    const types = ['PublishCallForProposals', 'SubmitProposal', 'ScoreProposal', 'DecideSelection', 'NotifyOrganization'] as const;
    expect(types.filter((type) => mayIssueCallForProposalsCommand(type, 'auditor'))).toEqual([]);
  });

  it('rejects an unknown command type as invalid', () => {
    spec
      .given(DECIDED)
      .when(command('CancelCall' as never, {} as never, director, DECIDED_AT))
      .thenThrows(InvalidCommand, field('type'));
  });

  it('an evaluator of one proposal may not score another', () => {
    const onlyP1 = [...CLOSED, assigned('p-001', ['olivier', 'odile']), assigned('p-002', ['oscar', 'odile'])];
    const scoreP2 = command('ScoreProposal', { proposalId: 'p-002', scores: [] }, olivier, DECIDED_AT);
    spec
      .given(onlyP1)
      .when(scoreP2 as never)
      .thenThrows(ForbiddenCommand, saying(/not an evaluator of proposal p-002/));
    const declareP2 = command('DeclareConflictOfInterest', { proposalId: 'p-002', declaration: 'none' }, odile, DECIDED_AT);
    spec
      .given(onlyP1)
      .when(declareP2)
      .then([{ type: 'NoConflictOfInterestDeclared', data: { proposalId: 'p-002', evaluatorId: 'odile', declaredAt: DECIDED_AT } }]);
  });
});
