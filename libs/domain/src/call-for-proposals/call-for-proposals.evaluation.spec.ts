import type { Actor } from '../shared/command';
import { CommandRefused, ForbiddenCommand, InvalidCommand } from '../shared/errors';
import { DeciderSpecification } from '../testing';
import type { AssignEvaluators, DeclareConflictOfInterest, ScoreProposal } from './call-for-proposals.commands';
import { callForProposalsDecider, callForProposalsDeciderUnder } from './call-for-proposals.decider';
import type { CallForProposalsEvent, CriterionScore } from './call-for-proposals.events';
import {
  administrator,
  ASSIGNED,
  assigned,
  auditor,
  CLOSED,
  command,
  conflict,
  DECIDED,
  DECLARED,
  director,
  EVALUATED,
  EVALUATING_AT,
  field,
  intake,
  noConflict,
  odile,
  olivier,
  OPEN,
  oscar,
  saying,
  scored,
  supervisor,
  system,
} from './call-for-proposals.fixtures';
import { FIRST_SELECTION_RULES } from './call-for-proposals.rules';

const spec = DeciderSpecification.for(callForProposalsDecider);

const assign = (evaluatorIds: string[], proposalId = 'p-001', actor: Actor = supervisor) =>
  command<AssignEvaluators>('AssignEvaluators', { proposalId, evaluatorIds }, actor, EVALUATING_AT);
const assignedNow = (proposalId: string, evaluatorIds: string[], assignedBy = 'sophie'): CallForProposalsEvent => ({
  type: 'EvaluatorsAssigned',
  data: { proposalId, evaluatorIds, assignedBy, assignedAt: EVALUATING_AT },
});

type Declaration = DeclareConflictOfInterest['data'];
const declare = (actor: Actor, data: Partial<Declaration> = {}) =>
  command<DeclareConflictOfInterest>(
    'DeclareConflictOfInterest',
    { proposalId: 'p-001', declaration: 'none', ...data } as Declaration,
    actor,
    EVALUATING_AT,
  );
const declareConflict = (actor: Actor, nature: unknown = 'Sits on the board of the organization') =>
  declare(actor, { declaration: 'conflict', nature } as Partial<Declaration>);

const scores: [CriterionScore, CriterionScore, CriterionScore] = [
  { criterionId: 'relevance', score: 36, comment: 'Needs documented by a local survey.' },
  { criterionId: 'capacity', score: 24, comment: 'Experienced local partner.' },
  { criterionId: 'budget', score: 8, comment: 'Costs in line with the region.' },
];
const score = (actor: Actor = olivier, given: unknown = scores, proposalId = 'p-001') =>
  command<ScoreProposal>('ScoreProposal', { proposalId, scores: given as CriterionScore[] }, actor, EVALUATING_AT);
const scoredNow = (evaluatorId: string, given: readonly CriterionScore[] = scores): CallForProposalsEvent => ({
  type: 'ProposalScored',
  data: { proposalId: 'p-001', evaluatorId, scores: given, scoredAt: EVALUATING_AT },
});

describe('AssignEvaluators', () => {
  it('assigns two evaluators to a proposal once the call has closed', () => {
    spec
      .given(CLOSED)
      .when(assign(['olivier', 'odile']))
      .then([assignedNow('p-001', ['olivier', 'odile'])]);
  });

  it('a director may assign; one more evaluator is enough when two already evaluate', () => {
    spec
      .given(ASSIGNED)
      .when(assign(['oscar'], 'p-001', director))
      .then([assignedNow('p-001', ['oscar'], 'denis')]);
  });

  it('replaces a recused evaluator, who no longer counts towards the two', () => {
    spec
      .given([...CLOSED, assigned('p-001'), conflict('p-001', 'odile')])
      .when(assign(['oscar']))
      .then([assignedNow('p-001', ['oscar'])]);
  });

  it('rejects fewer than two evaluators not recused', () => {
    spec
      .given(CLOSED)
      .when(assign(['olivier']))
      .thenThrows(InvalidCommand, field('evaluatorIds'));
    spec
      .given([...CLOSED, assigned('p-001', ['olivier']), conflict('p-001', 'olivier')])
      .when(assign(['odile']))
      .thenThrows(InvalidCommand, (e) => e.field === 'evaluatorIds' && /name 1 more/.test(e.message));
  });

  it('refuses an evaluator already assigned to the proposal, recused or not', () => {
    spec
      .given(ASSIGNED)
      .when(assign(['odile', 'oscar']))
      .thenThrows(CommandRefused, saying(/odile is already an evaluator/));
  });

  it.each([
    ['no call', []],
    ['an open call', OPEN],
    ['a decided call', DECIDED],
  ])('is refused on %s', (_, events) => {
    spec
      .given(events)
      .when(assign(['olivier', 'odile']))
      .thenThrows(CommandRefused);
  });

  it.each<[string, unknown, string]>([
    ['proposalId', ['olivier', 'odile'], ' '],
    ['proposalId', ['olivier', 'odile'], 'p-999'], // not in this call
    ['evaluatorIds', 'olivier', 'p-001'],
    ['evaluatorIds', [], 'p-001'],
    ['evaluatorIds.1', ['olivier', ''], 'p-001'],
    ['evaluatorIds.1', ['olivier', 'olivier'], 'p-001'],
  ])('rejects a bad %s', (name, evaluatorIds, proposalId) => {
    spec
      .given(CLOSED)
      .when(assign(evaluatorIds as string[], proposalId))
      .thenThrows(InvalidCommand, field(name));
  });

  it.each([olivier, intake, administrator, system, auditor])('is forbidden to $role', (actor) => {
    spec
      .given(CLOSED)
      .when(assign(['olivier', 'odile'], 'p-001', actor))
      .thenThrows(ForbiddenCommand);
  });
});

describe('DeclareConflictOfInterest', () => {
  it('an evaluator declares no conflict', () => {
    spec
      .given(ASSIGNED)
      .when(declare(olivier))
      .then([{ type: 'NoConflictOfInterestDeclared', data: { proposalId: 'p-001', evaluatorId: 'olivier', declaredAt: EVALUATING_AT } }]);
  });

  it('an evaluator declares a conflict, which recuses them', () => {
    spec
      .given(ASSIGNED)
      .when(declareConflict(odile))
      .then([conflict('p-001', 'odile')]);
  });

  it('a conflict found after a declaration of none is still declared', () => {
    spec
      .given([...ASSIGNED, noConflict('p-001', 'odile')])
      .when(declareConflict(odile))
      .then([conflict('p-001', 'odile')]);
  });

  it('a conflict declared after scoring voids the score, for the record', () => {
    spec
      .given([...DECLARED, scored('p-001', 'odile', [32, 27, 9])])
      .when(declareConflict(odile))
      .then([conflict('p-001', 'odile', true)]);
  });

  it('refuses a second declaration of none, and any declaration once recused', () => {
    spec
      .given(DECLARED)
      .when(declare(olivier))
      .thenThrows(CommandRefused, saying(/already declared no conflict/));
    const recused = [...ASSIGNED, conflict('p-001', 'odile')];
    spec
      .given(recused)
      .when(declare(odile))
      .thenThrows(CommandRefused, saying(/already recused/));
    spec
      .given(recused)
      .when(declareConflict(odile))
      .thenThrows(CommandRefused, saying(/already recused/));
  });

  it('is refused once the selection is decided', () => {
    spec
      .given(DECIDED)
      .when(declare(olivier))
      .thenThrows(CommandRefused, saying(/already decided/));
  });

  it('is forbidden while the call is open: evaluators are assigned only after closing', () => {
    spec.given(OPEN).when(declare(olivier)).thenThrows(ForbiddenCommand);
  });

  it.each<[string, Partial<Declaration>]>([
    ['proposalId', { proposalId: '' }],
    ['proposalId', { proposalId: 'p-999' }],
    ['declaration', { declaration: 'maybe' as never }],
    ['nature', { declaration: 'conflict', nature: ' ' }],
    ['nature', { declaration: 'none', nature: 'Former employee' } as never], // only for a conflict
  ])('rejects a bad %s', (name, data) => {
    spec.given(ASSIGNED).when(declare(olivier, data)).thenThrows(InvalidCommand, field(name));
  });

  it('is forbidden to a case officer who is not an evaluator of the proposal', () => {
    spec
      .given(ASSIGNED)
      .when(declare(oscar))
      .thenThrows(ForbiddenCommand, saying(/oscar is not an evaluator of proposal p-001/));
  });

  it.each([supervisor, director, intake, administrator, system, auditor])('is forbidden to $role', (actor) => {
    spec.given(ASSIGNED).when(declare(actor)).thenThrows(ForbiddenCommand);
  });
});

describe('a conflict of interest is with an organization', () => {
  const declareOn = (proposalId: string, actor: Actor = odile) =>
    declare(actor, { proposalId, declaration: 'conflict', nature: 'Sits on the board of the organization' });

  it('recuses the evaluator from all its proposals assigned to them, voiding a score given there', () => {
    spec
      .given([...DECLARED, scored('p-003', 'odile', [24, 18, 6])])
      .when(declareOn('p-002'))
      .then([conflict('p-002', 'odile', false, [{ proposalId: 'p-003', scoreVoided: true }])]);
  });

  it('leaves the evaluator on other organizations’ proposals', () => {
    spec
      .given(ASSIGNED)
      .when(declareOn('p-001'))
      .then([conflict('p-001', 'odile')]);
  });

  it('the evaluator may then declare nothing more on the organization’s other proposals', () => {
    spec
      .given([...ASSIGNED, conflict('p-002', 'odile', false, [{ proposalId: 'p-003', scoreVoided: false }])])
      .when(declare(odile, { proposalId: 'p-003' }))
      .thenThrows(CommandRefused, saying(/odile is already recused from proposal p-003/));
  });

  it('keeps the evaluator off the organization’s proposals assigned later', () => {
    spec
      .given([...CLOSED, assigned('p-002'), conflict('p-002', 'odile')])
      .when(assign(['oscar', 'odile'], 'p-003'))
      .thenThrows(CommandRefused, saying(/odile declared a conflict of interest with Centre d’étude .* \(proposal p-002\)/));
  });

  it('under the first rules, a call begun before them recuses from the one proposal only', () => {
    DeciderSpecification.for(callForProposalsDeciderUnder(FIRST_SELECTION_RULES))
      .given(DECLARED)
      .when(declareOn('p-002'))
      .then([conflict('p-002', 'odile')]);
  });
});

describe('ScoreProposal', () => {
  it('an evaluator who declared no conflict scores every criterion, with comments', () => {
    spec
      .given(DECLARED)
      .when(score())
      .then([scoredNow('olivier')]);
  });

  it('keeps the scores in the order of the published criteria; a score may be a fraction', () => {
    const given = [scores[2], { ...scores[0], score: 35.5 }, scores[1]];
    spec
      .given(DECLARED)
      .when(score(olivier, given))
      .then([scoredNow('olivier', [{ ...scores[0], score: 35.5 }, scores[1], scores[2]])]);
  });

  it('a score at the maximum and at zero are within bounds', () => {
    const bounds = [{ ...scores[0], score: 40 }, { ...scores[1], score: 0 }, scores[2]];
    spec
      .given(DECLARED)
      .when(score(odile, bounds))
      .then([scoredNow('odile', bounds)]);
  });

  it('is refused before the evaluator declared conflicts of interest', () => {
    spec
      .given(ASSIGNED)
      .when(score())
      .thenThrows(CommandRefused, saying(/must declare conflicts of interest/));
  });

  it('is refused to a recused evaluator', () => {
    spec
      .given([...ASSIGNED, conflict('p-001', 'olivier')])
      .when(score())
      .thenThrows(CommandRefused, saying(/olivier is recused from proposal p-001/));
  });

  it('is refused a second time', () => {
    spec
      .given(EVALUATED)
      .when(score())
      .thenThrows(CommandRefused, saying(/already scored/));
  });

  it('is refused once the selection is decided', () => {
    spec
      .given(DECIDED)
      .when(score())
      .thenThrows(CommandRefused, saying(/already decided/));
  });

  it.each<[string, unknown]>([
    ['scores', 'excellent'],
    ['scores', []],
    ['scores', [scores[0], scores[1]]], // budget missing
    ['scores.1', [scores[0], 7, scores[2]]],
    ['scores.0.criterionId', [{ ...scores[0], criterionId: 'innovation' }, scores[1], scores[2]]],
    ['scores.2.criterionId', [scores[0], scores[1], scores[0]]],
    ['scores.0.score', [{ ...scores[0], score: 41 }, scores[1], scores[2]]], // above the maximum of 40
    ['scores.1.score', [scores[0], { ...scores[1], score: -1 }, scores[2]]],
    ['scores.2.score', [scores[0], scores[1], { ...scores[2], score: '8' }]],
    ['scores.2.comment', [scores[0], scores[1], { ...scores[2], comment: ' ' }]],
  ])('rejects a bad %s', (name, given) => {
    spec.given(DECLARED).when(score(olivier, given)).thenThrows(InvalidCommand, field(name));
  });

  it('rejects an unknown proposal', () => {
    spec
      .given(DECLARED)
      .when(score(olivier, scores, 'p-999'))
      .thenThrows(InvalidCommand, field('proposalId'));
  });

  it('is forbidden to a case officer who is not an evaluator of the proposal', () => {
    spec
      .given(DECLARED)
      .when(score(oscar))
      .thenThrows(ForbiddenCommand, saying(/not an evaluator/));
  });

  it.each([supervisor, director, intake, administrator, system, auditor])('is forbidden to $role', (actor) => {
    spec.given(DECLARED).when(score(actor)).thenThrows(ForbiddenCommand);
  });
});
