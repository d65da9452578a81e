import type { Actor } from '../shared/command';
import { QC_PUBLIC_SERVICE_CALENDAR } from '../calendar/working-calendar';
import { planClock } from '../service-standards/clock-plan';
import type { CallForProposalsCommand } from './call-for-proposals.commands';
import type {
  CallForProposalsEvent,
  CallForProposalsPublished,
  Criterion,
  Organization,
  Recusal,
  SelectionDecided,
  SelectionOutcome,
} from './call-for-proposals.events';
import { CALL_FOR_PROPOSALS_SELECTION_STANDARD } from './call-for-proposals.standards';

// Test data for the specs beside this file (not exported from index.ts). A 2026 call of the
// Humanitarian Action Assistance Program, published Wednesday 1 April, closes Friday 15 May at
// 17:00 Eastern, the Friday before National Patriots' Day; its 40-working-day selection clock
// then skips 18 May, 24 June and 1 July.

export const PUBLISHED_AT = '2026-04-01T14:00:00.000Z';
export const CLOSES_AT = '2026-05-15T21:00:00.000Z';
export const SELECTION_CLOCK = planClock(CALL_FOR_PROPOSALS_SELECTION_STANDARD, QC_PUBLIC_SERVICE_CALENDAR, CLOSES_AT);
export const EVALUATING_AT = '2026-06-01T14:00:00.000Z';
export const DECIDED_AT = '2026-06-29T15:00:00.000Z';
export const NOTIFIED_AT = '2026-07-02T14:00:00.000Z'; // Thursday after Canada Day

export const intake: Actor = { id: 'ines', role: 'intake-officer' };
export const olivier: Actor = { id: 'olivier', role: 'case-officer' };
export const odile: Actor = { id: 'odile', role: 'case-officer' };
export const oscar: Actor = { id: 'oscar', role: 'case-officer' };
export const supervisor: Actor = { id: 'sophie', role: 'supervisor' };
export const director: Actor = { id: 'denis', role: 'director' };
export const administrator: Actor = { id: 'adele', role: 'administrator' };
export const coordinator: Actor = { id: 'colette', role: 'coordinator' };
export const secretaryGeneral: Actor = { id: 'simone', role: 'secretary-general' };
export const system: Actor = { id: 'call-closing-timer', role: 'system' };
export const auditor: Actor = { id: 'aude', role: 'auditor' };
export const ALL_ACTORS: readonly Actor[] = [
  intake,
  olivier,
  supervisor,
  director,
  administrator,
  coordinator,
  secretaryGeneral,
  system,
  auditor,
];

export function command<C extends CallForProposalsCommand>(type: C['type'], data: C['data'], actor: Actor, now: string): C {
  return { type, data, metadata: { actor, now, correlationId: 'corr-1' } } as C;
}

/** Rejections name their field exactly. */
export const field = (name: string) => (error: { field?: string }) => error.field === name;
export const saying = (pattern: RegExp) => (error: Error) => pattern.test(error.message);

export const criteria: [Criterion, Criterion, Criterion] = [
  { id: 'relevance', title: 'Relevance to the needs of the affected population', maxScore: 40, weight: 3 },
  { id: 'capacity', title: 'Capacity of the organization and its local partner', maxScore: 30, weight: 2 },
  { id: 'budget', title: 'Realism of the budget', maxScore: 10, weight: 1 },
];

export const oxfam: Organization = { id: 'oxfam-quebec', name: 'Oxfam-Québec', email: 'programmes@oxfam.qc.ca' };
export const ceci: Organization = {
  id: 'ceci',
  name: 'Centre d’étude et de coopération internationale',
  email: 'appels@ceci.ca',
};

export const published: CallForProposalsPublished = {
  type: 'CallForProposalsPublished',
  data: {
    caseId: 'paah-2026-1',
    programme: 'humanitarian-action',
    title: 'Humanitarian Action Assistance Program 2026-2027, first call',
    criteria,
    closesAt: CLOSES_AT,
    publishedBy: 'sophie',
    publishedAt: PUBLISHED_AT,
  },
};

const submitted = (proposalId: string, organization: Organization, projectTitle: string, submittedAt: string): CallForProposalsEvent => ({
  type: 'ProposalSubmitted',
  data: { proposalId, organization, projectTitle, submittedAt, recordedBy: 'ines' },
});
export const jacmel = submitted('p-001', oxfam, 'Drinking water and sanitation in Jacmel, Haiti', '2026-04-20T15:00:00.000Z');
export const sahel = submitted('p-002', ceci, 'Food security in the Burkinabè Sahel', '2026-05-04T15:00:00.000Z');
export const saintLouis = submitted('p-003', ceci, 'Flood recovery in Saint-Louis, Senegal', '2026-05-15T20:59:00.000Z');
export const PROPOSAL_IDS = ['p-001', 'p-002', 'p-003'];

export const closed: CallForProposalsEvent = {
  type: 'CallForProposalsClosed',
  data: { closedAt: CLOSES_AT, proposalCount: 3, clock: SELECTION_CLOCK },
};

export const closedWithoutProposals: CallForProposalsEvent = {
  type: 'CallForProposalsClosed',
  data: { closedAt: CLOSES_AT, proposalCount: 0, clock: null },
};

export const assigned = (proposalId: string, evaluatorIds = ['olivier', 'odile']): CallForProposalsEvent => ({
  type: 'EvaluatorsAssigned',
  data: { proposalId, evaluatorIds, assignedBy: 'sophie', assignedAt: '2026-05-19T13:00:00.000Z' },
});
export const noConflict = (proposalId: string, evaluatorId: string): CallForProposalsEvent => ({
  type: 'NoConflictOfInterestDeclared',
  data: { proposalId, evaluatorId, declaredAt: '2026-05-20T13:00:00.000Z' },
});
export const conflict = (
  proposalId: string,
  evaluatorId: string,
  scoreVoided = false,
  alsoRecusedFrom: Recusal[] = [],
): CallForProposalsEvent => ({
  type: 'ConflictOfInterestDeclared',
  data: {
    proposalId,
    evaluatorId,
    nature: 'Sits on the board of the organization',
    declaredAt: EVALUATING_AT,
    scoreVoided,
    alsoRecusedFrom,
  },
});
/** Scores for relevance, capacity and budget, in that order. */
export const scored = (proposalId: string, evaluatorId: string, [relevance, capacity, budget]: number[]): CallForProposalsEvent => ({
  type: 'ProposalScored',
  data: {
    proposalId,
    evaluatorId,
    scores: [
      { criterionId: 'relevance', score: relevance as number, comment: 'Needs documented by a local survey.' },
      { criterionId: 'capacity', score: capacity as number, comment: 'Experienced local partner.' },
      { criterionId: 'budget', score: budget as number, comment: 'Costs in line with the region.' },
    ],
    scoredAt: '2026-06-10T14:00:00.000Z',
  },
});

export const decision = (proposalId: string, organizationId: string, outcome: SelectionOutcome, rank: number, score: number) => ({
  proposalId,
  organizationId,
  outcome,
  reasons: outcome === 'selected' ? 'Ranked within the programme budget.' : 'Ranked below the budget line.',
  rank,
  score,
});
export const decided: SelectionDecided = {
  type: 'SelectionDecided',
  data: {
    decisions: [
      decision('p-001', 'oxfam-quebec', 'selected', 1, 85),
      decision('p-002', 'ceci', 'selected', 2, 85),
      decision('p-003', 'ceci', 'not-selected', 3, 55),
    ],
    departure: null,
    decidedBy: 'denis',
    decidedAt: DECIDED_AT,
  },
};
export const oxfamNotified: CallForProposalsEvent = {
  type: 'OrganizationNotified',
  data: {
    organization: oxfam,
    outcomes: [
      {
        proposalId: 'p-001',
        projectTitle: 'Drinking water and sanitation in Jacmel, Haiti',
        outcome: 'selected',
        reasons: 'Ranked within the programme budget.',
      },
    ],
    notifiedBy: 'olivier',
    notifiedAt: '2026-06-30T14:00:00.000Z',
    recordedAt: '2026-06-30T14:00:00.000Z',
  },
};

/** The history up to each stage. Both evaluators score p-001 and p-002 85 on average: a tie. */
export const OPEN = [published, jacmel, sahel, saintLouis];
export const CLOSED = [...OPEN, closed];
export const ASSIGNED = [...CLOSED, ...PROPOSAL_IDS.map((id) => assigned(id))];
export const DECLARED = [...ASSIGNED, ...PROPOSAL_IDS.flatMap((id) => [noConflict(id, 'olivier'), noConflict(id, 'odile')])];
export const EVALUATED = [
  ...DECLARED,
  scored('p-001', 'olivier', [36, 24, 8]), // 85
  scored('p-001', 'odile', [32, 27, 9]), // 85
  scored('p-002', 'olivier', [40, 30, 10]), // 100
  scored('p-002', 'odile', [28, 21, 7]), // 70
  scored('p-003', 'olivier', [20, 15, 5]), // 50
  scored('p-003', 'odile', [24, 18, 6]), // 60
];
export const DECIDED = [...EVALUATED, decided];
