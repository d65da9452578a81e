import { fold } from '../shared/decider';
import { callForProposalsDecider } from './call-for-proposals.decider';
import type { CallForProposalsEvent, Criterion } from './call-for-proposals.events';
import { assigned, CLOSED, conflict, criteria, DECLARED, EVALUATED, noConflict, scored } from './call-for-proposals.fixtures';
import { activeEvaluatorIds, isFullyEvaluated, proposalScore, rankProposals, weightedScore } from './call-for-proposals.ranking';
import type { CallForProposals, Proposal } from './call-for-proposals.state';

const callAfter = (events: CallForProposalsEvent[]) => fold(callForProposalsDecider, events) as CallForProposals;
const proposal = (events: CallForProposalsEvent[], id: string) => callAfter(events).proposals.find((p) => p.proposalId === id) as Proposal;
const scoresOf = (relevance: number, capacity: number, budget: number) => [
  { criterionId: 'relevance', score: relevance, comment: '' },
  { criterionId: 'capacity', score: capacity, comment: '' },
  { criterionId: 'budget', score: budget, comment: '' },
];

describe('weightedScore', () => {
  it('weighs each criterion as a fraction of its maximum', () => {
    expect(weightedScore(criteria, scoresOf(40, 30, 10))).toBe(100);
    expect(weightedScore(criteria, scoresOf(0, 0, 0))).toBe(0);
    // relevance full (weight 3) and nothing else: 3 of 6.
    expect(weightedScore(criteria, scoresOf(40, 0, 0))).toBe(50);
    // the budget's small scale does not shrink its weight: 1 of 6.
    expect(weightedScore(criteria, scoresOf(0, 0, 10))).toBeCloseTo(16.667, 3);
  });

  it('a heavier criterion moves the score more than a lighter one with the same maximum', () => {
    const equalScale: Criterion[] = [
      { id: 'a', title: 'A', maxScore: 10, weight: 3 },
      { id: 'b', title: 'B', maxScore: 10, weight: 1 },
    ];
    const strongOnA = [
      { criterionId: 'a', score: 10, comment: '' },
      { criterionId: 'b', score: 0, comment: '' },
    ];
    const strongOnB = [
      { criterionId: 'a', score: 0, comment: '' },
      { criterionId: 'b', score: 10, comment: '' },
    ];
    expect(weightedScore(equalScale, strongOnA)).toBe(75);
    expect(weightedScore(equalScale, strongOnB)).toBe(25);
  });
});

describe('fully evaluated', () => {
  it('needs two evaluators who declared no conflict and scored', () => {
    expect(isFullyEvaluated(proposal(DECLARED, 'p-001'))).toBe(false);
    const once = [...DECLARED, scored('p-001', 'olivier', [36, 24, 8])];
    expect(isFullyEvaluated(proposal(once, 'p-001'))).toBe(false);
    expect(isFullyEvaluated(proposal([...once, scored('p-001', 'odile', [32, 27, 9])], 'p-001'))).toBe(true);
  });

  it('a conflict declared after scoring takes the score out', () => {
    const voided = [...EVALUATED, conflict('p-001', 'odile', true)];
    expect(isFullyEvaluated(proposal(voided, 'p-001'))).toBe(false);
    expect(activeEvaluatorIds(proposal(voided, 'p-001'))).toEqual(['olivier']);
  });
});

describe('rankProposals', () => {
  it('ranks by the mean of the evaluators’ weighted scores, to the hundredth', () => {
    expect(rankProposals(criteria, callAfter(EVALUATED).proposals)).toEqual([
      { proposalId: 'p-001', organizationId: 'oxfam-quebec', rank: 1, score: 85, evaluatorCount: 2 },
      { proposalId: 'p-002', organizationId: 'ceci', rank: 2, score: 85, evaluatorCount: 2 },
      { proposalId: 'p-003', organizationId: 'ceci', rank: 3, score: 55, evaluatorCount: 2 },
    ]);
  });

  it('breaks a tie by the earlier submission, whatever the order of the list', () => {
    const proposals = [...callAfter(EVALUATED).proposals].reverse();
    expect(rankProposals(criteria, proposals).map((p) => p.proposalId)).toEqual(['p-001', 'p-002', 'p-003']);
  });

  it('breaks a tie between proposals submitted at the same instant by proposal id, in code-unit order', () => {
    const call = callAfter(EVALUATED);
    const twin = (p: Proposal, proposalId: string): Proposal => ({ ...p, proposalId, submittedAt: '2026-05-01T12:00:00.000Z' });
    const [first, second] = call.proposals;
    // 'Z' sorts before 'a' in code units, but not in most locales.
    const ranked = rankProposals(criteria, [twin(first as Proposal, 'a-1'), twin(second as Proposal, 'Z-1')]);
    expect(ranked.map((p) => p.proposalId)).toEqual(['Z-1', 'a-1']);
  });

  it('rounds to the hundredth and leaves out proposals not fully evaluated', () => {
    const events = [
      ...CLOSED,
      assigned('p-001', ['olivier', 'odile', 'oscar']),
      ...['olivier', 'odile', 'oscar'].map((id) => noConflict('p-001', id)),
      scored('p-001', 'olivier', [40, 30, 10]), // 100
      scored('p-001', 'odile', [40, 30, 9]), // 98.33…
      scored('p-001', 'oscar', [40, 30, 9]), // 98.33…
    ];
    const call = callAfter(events);
    expect(proposalScore(criteria, call.proposals[0] as Proposal)).toBe(98.89);
    expect(rankProposals(criteria, call.proposals).map((p) => [p.proposalId, p.score, p.evaluatorCount])).toEqual([['p-001', 98.89, 3]]);
  });
});
