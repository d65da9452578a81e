import { NotFoundException } from '@nestjs/common';
import {
  CALL_FOR_PROPOSALS_SELECTION_STANDARD,
  callForProposalsDecider,
  fold,
  planClock,
  QC_PUBLIC_SERVICE_CALENDAR,
  type CallForProposalsEvent,
  type Organization,
} from '@entente/domain';
import { callEvaluations } from './call-for-proposals.evaluations';

const auditor = { id: 'aude', role: 'auditor' } as const;

const CLOSES_AT = '2026-05-15T21:00:00.000Z';
const DECLARED_AT = '2026-05-20T13:00:00.000Z';
const SCORED_AT = '2026-06-10T14:00:00.000Z';
const criteria = [
  { id: 'relevance', title: 'Relevance to the needs of the affected population', maxScore: 40, weight: 3 },
  { id: 'capacity', title: 'Capacity of the organization and its local partner', maxScore: 30, weight: 2 },
  { id: 'budget', title: 'Realism of the budget', maxScore: 10, weight: 1 },
];
const oxfam: Organization = { id: 'oxfam-quebec', name: 'Oxfam-Québec', email: 'programmes@oxfam-quebec.example' };
const ceci: Organization = { id: 'ceci', name: 'Centre d’étude et de coopération internationale', email: 'appels@ceci.example' };

const submitted = (proposalId: string, organization: Organization, submittedAt: string): CallForProposalsEvent => ({
  type: 'ProposalSubmitted',
  data: { proposalId, organization, projectTitle: `Project ${proposalId}`, submittedAt, recordedBy: 'ines' },
});
const assigned = (proposalId: string, evaluatorIds: string[]): CallForProposalsEvent => ({
  type: 'EvaluatorsAssigned',
  data: { proposalId, evaluatorIds, assignedBy: 'sophie', assignedAt: '2026-05-19T13:00:00.000Z' },
});
const noConflict = (proposalId: string, evaluatorId: string): CallForProposalsEvent => ({
  type: 'NoConflictOfInterestDeclared',
  data: { proposalId, evaluatorId, declaredAt: DECLARED_AT },
});
const scored = (proposalId: string, evaluatorId: string, [relevance, capacity, budget]: number[]): CallForProposalsEvent => ({
  type: 'ProposalScored',
  data: {
    proposalId,
    evaluatorId,
    scores: [
      { criterionId: 'relevance', score: relevance!, comment: 'Needs documented by a local survey.' },
      { criterionId: 'capacity', score: capacity!, comment: 'Experienced local partner.' },
      { criterionId: 'budget', score: budget!, comment: 'Costs in line with the region.' },
    ],
    scoredAt: SCORED_AT,
  },
});

// p-1 (85) has a recused evaluator replaced; p-2 (95) ranks first; p-3 waits for a declaration.
const HISTORY: CallForProposalsEvent[] = [
  {
    type: 'CallForProposalsPublished',
    data: {
      caseId: 'c-1',
      programme: 'humanitarian-action',
      title: 'PAAH 2026-2027',
      criteria,
      closesAt: CLOSES_AT,
      publishedBy: 'sophie',
      publishedAt: '2026-04-01T14:00:00.000Z',
    },
  },
  submitted('p-1', oxfam, '2026-04-20T15:00:00.000Z'),
  submitted('p-2', ceci, '2026-05-04T15:00:00.000Z'),
  submitted('p-3', ceci, '2026-05-05T15:00:00.000Z'),
  {
    type: 'CallForProposalsClosed',
    data: {
      closedAt: CLOSES_AT,
      proposalCount: 3,
      clock: planClock(CALL_FOR_PROPOSALS_SELECTION_STANDARD, QC_PUBLIC_SERVICE_CALENDAR, CLOSES_AT),
    },
  },
  assigned('p-1', ['marc', 'julie']),
  {
    type: 'ConflictOfInterestDeclared',
    data: {
      proposalId: 'p-1',
      evaluatorId: 'julie',
      nature: 'Sits on the board of Oxfam-Québec',
      declaredAt: '2026-05-21T13:00:00.000Z',
      scoreVoided: false,
      alsoRecusedFrom: [],
    },
  },
  assigned('p-1', ['anne']),
  assigned('p-2', ['marc', 'anne']),
  assigned('p-3', ['marc', 'anne']),
  ...['p-1', 'p-2'].flatMap((id) => [noConflict(id, 'marc'), noConflict(id, 'anne')]),
  scored('p-1', 'marc', [36, 24, 8]),
  scored('p-1', 'anne', [32, 27, 9]),
  scored('p-2', 'marc', [40, 30, 10]),
  scored('p-2', 'anne', [36, 27, 9]),
  noConflict('p-3', 'marc'),
];
const view = (events: CallForProposalsEvent[]) => ({
  caseId: 'c-1',
  sequence: events.length,
  state: fold(callForProposalsDecider, events),
});

describe('callEvaluations', () => {
  const report = callEvaluations(view(HISTORY), auditor);
  const evaluatorsOf = (proposalId: string) => report.proposals.find((proposal) => proposal.proposalId === proposalId)!.evaluators;

  it('lists every evaluator of a proposal with the declaration, its nature and instant, and whether the scores count', () => {
    expect(report).toMatchObject({ caseId: 'c-1', sequence: HISTORY.length, status: 'evaluating', criteria });
    expect(evaluatorsOf('p-1')).toEqual([
      {
        evaluatorId: 'marc',
        declaration: 'none',
        conflictNature: null,
        declaredAt: DECLARED_AT,
        scores: expect.any(Array),
        scoresSealed: false,
        scoredAt: SCORED_AT,
        counted: true,
      },
      {
        evaluatorId: 'julie',
        declaration: 'conflict',
        conflictNature: 'Sits on the board of Oxfam-Québec',
        declaredAt: '2026-05-21T13:00:00.000Z',
        scores: null,
        scoresSealed: false,
        scoredAt: null,
        counted: false,
      },
      {
        evaluatorId: 'anne',
        declaration: 'none',
        conflictNature: null,
        declaredAt: DECLARED_AT,
        scores: expect.any(Array),
        scoresSealed: false,
        scoredAt: SCORED_AT,
        counted: true,
      },
    ]);
    expect(evaluatorsOf('p-1')[0]!.scores![0]).toEqual({
      criterionId: 'relevance',
      score: 36,
      comment: 'Needs documented by a local survey.',
    });
    expect(evaluatorsOf('p-3').map((e) => [e.evaluatorId, e.declaration, e.declaredAt, e.counted])).toEqual([
      ['marc', 'none', DECLARED_AT, false],
      ['anne', 'pending', null, false],
    ]);
  });

  it('ranks the fully evaluated proposals with the domain’s weighted scores, leaving the others out', () => {
    expect(report.ranking).toEqual([
      { proposalId: 'p-2', organizationId: 'ceci', rank: 1, score: 95, evaluatorCount: 2 },
      { proposalId: 'p-1', organizationId: 'oxfam-quebec', rank: 2, score: 85, evaluatorCount: 2 },
    ]);
    expect(report.decision).toBeNull();
    expect(report.rankingFormula).toMatch(/100 × Σ\(weight × score ÷ maxScore\) ÷ Σ weight.*mean.*submitted first/);
  });

  it('an open call has its proposals and no ranking', () => {
    expect(callEvaluations(view(HISTORY.slice(0, 3)), auditor)).toMatchObject({
      status: 'open',
      proposals: [{ proposalId: 'p-1', evaluators: [] }, { proposalId: 'p-2' }],
      ranking: [],
    });
  });

  it('a workflow without a call is not found', () => {
    expect(() => callEvaluations(view([]), auditor)).toThrow(NotFoundException);
  });

  it('an evaluator who has not scored a proposal reads no other score on it, nor the ranking', () => {
    // Marc scored p-1 and p-2; on p-3, Anne's scores are in and his are not.
    const sealed = callEvaluations(view([...HISTORY, scored('p-3', 'anne', [20, 15, 5])]), { id: 'marc', role: 'case-officer' });
    const p3 = sealed.proposals.find((proposal) => proposal.proposalId === 'p-3')!;
    expect(p3.evaluators.map((e) => [e.evaluatorId, e.scores, e.scoresSealed, e.scoredAt])).toEqual([
      ['marc', null, false, null],
      ['anne', null, true, SCORED_AT],
    ]);
    expect(sealed.proposals[1]!.evaluators.every((e) => e.scores !== null && !e.scoresSealed)).toBe(true);
    expect(sealed).toMatchObject({ scoresSealed: true, ranking: [] });
  });
});
