import { randomUUID } from 'node:crypto';
import { addWorkingDays, QC_PUBLIC_SERVICE_CALENDAR, shiftWorkingDays } from '@entente/domain';
import { callForProposalsWorkflow, type CallForProposalsView } from '@entente/workflows';
import { callEvaluations } from '../../apps/api/src/call-for-proposals/call-for-proposals.evaluations';
import { timeSkippingCases } from '../support/time-skipping-cases';

// A call closes by its own timer at the announced (or extended) instant, which starts the
// 40-working-day selection clock: warning 5 working days before, breach escalated to the director.

const QC = QC_PUBLIC_SERVICE_CALENDAR;
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const STANDARD = 'call-for-proposals-selection';
const supervisor = { id: 'sophie', role: 'supervisor' } as const;
const intake = { id: 'ines', role: 'intake-officer' } as const;
const director = { id: 'denis', role: 'director' } as const;
const evaluator = (id: string) => ({ id, role: 'case-officer' }) as const;
const CRITERIA = [
  { id: 'relevance', title: 'Pertinence au regard des besoins de la population', maxScore: 40, weight: 3 },
  { id: 'capacity', title: 'Capacité de l’organisme et de son partenaire local', maxScore: 30, weight: 2 },
  { id: 'budget', title: 'Réalisme du budget', maxScore: 10, weight: 1 },
];
const OXFAM = { id: 'oxfam-quebec', name: 'Oxfam-Québec', email: 'programmes@oxfam-quebec.example' };
const CECI = { id: 'ceci', name: 'Centre d’étude et de coopération internationale', email: 'appels@ceci.example' };
const scores = (relevance: number, capacity: number, budget: number) => [
  { criterionId: 'relevance', score: relevance, comment: 'Besoins documentés par une enquête locale.' },
  { criterionId: 'capacity', score: capacity, comment: 'Partenaire local expérimenté.' },
  { criterionId: 'budget', score: budget, comment: 'Coûts conformes à la région.' },
];
const shifted = (instant: string, ms: number) => new Date(Date.parse(instant) + ms).toISOString();
/** A timer fires at its instant, give or take the milliseconds the workflow takes to run. */
function expectAt(actual: unknown, instant: string): void {
  const late = Date.parse(actual as string) - Date.parse(instant);
  expect(late).toBeGreaterThanOrEqual(0);
  expect(late).toBeLessThan(MINUTE);
}

describe('call for proposals workflow on the time-skipping server', () => {
  const cases = timeSkippingCases('call-for-proposals', callForProposalsWorkflow);
  const { now, sleepUntil, eventsOf, typesOf, handleOf, open, send } = cases;
  beforeAll(() => cases.start());
  afterAll(() => cases.stop());

  const eventOf = (caseId: string, type: string) => eventsOf(caseId).find((event) => event.type === type)!;

  /** A call closing `days` from now, with one proposal per organization given. */
  async function publish(days: number, organizations = [OXFAM]): Promise<{ caseId: string; closesAt: string }> {
    const caseId = randomUUID();
    const closesAt = shifted(await now(), days * DAY);
    const data = { caseId, programme: 'humanitarian-action', title: 'PAAH 2026-2027, premier appel', criteria: CRITERIA, closesAt };
    await open('PublishCallForProposals', supervisor, data);
    for (const [index, organization] of organizations.entries()) {
      const proposal = {
        proposalId: `p-${index + 1}`,
        organization,
        projectTitle: `Projet ${index + 1} en Haïti`,
        submittedAt: await now(),
      };
      await send(caseId, 'SubmitProposal', intake, proposal);
    }
    return { caseId, closesAt };
  }

  it('closes by itself at its closing instant, moved by an extension, and starts the clock there', async () => {
    const { caseId, closesAt } = await publish(10);
    const extendedTo = shifted(closesAt, 7 * DAY);
    await send(
      caseId,
      'ExtendCallForProposals',
      { id: 'adele', role: 'administrator' },
      { closesAt: extendedTo, reason: 'Saison cyclonique' },
    );
    await sleepUntil(shifted(closesAt, HOUR));
    expect(typesOf(caseId)).toEqual(['CallForProposalsPublished', 'ProposalSubmitted', 'CallForProposalsExtended']);
    await sleepUntil(shifted(extendedTo, -MINUTE));
    expect(typesOf(caseId)).not.toContain('CallForProposalsClosed');
    await sleepUntil(shifted(extendedTo, MINUTE));
    const closed = eventOf(caseId, 'CallForProposalsClosed');
    expectAt(closed.occurredAt, extendedTo);
    expect(closed.actor.role).toBe('system');
    const dueAt = addWorkingDays(QC, extendedTo, 40);
    expect(closed.data).toEqual({
      closedAt: extendedTo,
      proposalCount: 1,
      clock: expect.objectContaining({ standardId: STANDARD, startedAt: extendedTo, dueAt }),
    });
  });

  it('a call without proposals closes at its instant and ends, owing no selection', async () => {
    const { caseId, closesAt } = await publish(5, []);
    await sleepUntil(shifted(closesAt, MINUTE));
    const view = (await handleOf(caseId).result()) as CallForProposalsView;
    expect(view.state).toMatchObject({ status: 'closed-without-proposals', closedAt: closesAt, clocks: {} });
    expect(eventOf(caseId, 'CallForProposalsClosed').data).toEqual({ closedAt: closesAt, proposalCount: 0, clock: null });
  });

  it('warns five working days before the selection is due, breaches to the director, then escalates to the Secretary General', async () => {
    const { caseId, closesAt } = await publish(3);
    const dueAt = addWorkingDays(QC, closesAt, 40);
    const warnAt = shiftWorkingDays(QC, dueAt, -5);
    await sleepUntil(shifted(warnAt, -HOUR));
    expect(typesOf(caseId)).toEqual(['CallForProposalsPublished', 'ProposalSubmitted', 'CallForProposalsClosed']);
    await sleepUntil(shifted(warnAt, HOUR));
    const warning = eventOf(caseId, 'ServiceStandardWarning').data as { warnedAt: string };
    expect(warning).toMatchObject({ standardId: STANDARD, dueAt, notify: { role: 'supervisor', officerId: null } });
    expectAt(warning.warnedAt, warnAt);
    await sleepUntil(shifted(dueAt, -HOUR));
    expect(typesOf(caseId)).not.toContain('ServiceStandardBreached');
    await sleepUntil(shifted(dueAt, 30 * DAY));
    expect(typesOf(caseId).slice(3)).toEqual(['ServiceStandardWarning', 'ServiceStandardBreached', 'ServiceStandardBreachEscalated']);
    const breach = eventOf(caseId, 'ServiceStandardBreached').data as { breachedAt: string };
    expect(breach).toMatchObject({ standardId: STANDARD, dueAt, escalatedTo: 'director' });
    expectAt(breach.breachedAt, dueAt);
  });

  it('a full selection, with a recused evaluator replaced, stops the clock in time', async () => {
    const { caseId, closesAt } = await publish(3, [OXFAM, CECI]);
    await sleepUntil(shifted(closesAt, HOUR));
    await send(caseId, 'AssignEvaluators', supervisor, { proposalId: 'p-1', evaluatorIds: ['olivier', 'odile'] });
    await send(caseId, 'AssignEvaluators', supervisor, { proposalId: 'p-2', evaluatorIds: ['olivier', 'odile'] });
    await send(caseId, 'DeclareConflictOfInterest', evaluator('odile'), {
      proposalId: 'p-1',
      declaration: 'conflict',
      nature: 'Siège au conseil d’Oxfam-Québec',
    });
    await send(caseId, 'AssignEvaluators', supervisor, { proposalId: 'p-1', evaluatorIds: ['oscar'] });
    for (const [id, proposalId, given] of [
      ['olivier', 'p-1', scores(36, 24, 8)],
      ['oscar', 'p-1', scores(32, 27, 9)],
      ['olivier', 'p-2', scores(40, 30, 10)],
      ['odile', 'p-2', scores(36, 27, 9)],
    ] as const) {
      await send(caseId, 'DeclareConflictOfInterest', evaluator(id), { proposalId, declaration: 'none' });
      await send(caseId, 'ScoreProposal', evaluator(id), { proposalId, scores: given });
    }
    const reasons = 'Classée dans les limites du budget du programme.';
    await send(caseId, 'DecideSelection', director, {
      decisions: [
        { proposalId: 'p-1', outcome: 'selected', reasons },
        { proposalId: 'p-2', outcome: 'selected', reasons },
      ],
    });
    await send(caseId, 'NotifyOrganization', evaluator('olivier'), { organizationId: 'ceci' });
    await send(caseId, 'NotifyOrganization', evaluator('olivier'), { organizationId: 'oxfam-quebec' });
    const view = (await handleOf(caseId).result()) as CallForProposalsView;

    expect(typesOf(caseId).slice(-4)).toEqual([
      'SelectionDecided',
      'OrganizationNotified',
      'OrganizationNotified',
      'AllOrganizationsNotified',
    ]);
    expect(typesOf(caseId)).not.toContain('ServiceStandardWarning');
    expect(eventOf(caseId, 'AllOrganizationsNotified').data).toMatchObject({ organizationCount: 2, clockOutcome: 'met' });
    expect(view.state).toMatchObject({ status: 'completed', clocks: { [STANDARD]: { outcome: 'met' } } });
    const audit = callEvaluations(view, { id: 'aude', role: 'auditor' });
    expect(audit.ranking.map(({ proposalId, rank, score }) => [proposalId, rank, score])).toEqual([
      ['p-2', 1, 95],
      ['p-1', 2, 85],
    ]);
    expect(audit.proposals[0]!.evaluators.map((e) => [e.evaluatorId, e.declaration, e.conflictNature, e.counted])).toEqual([
      ['olivier', 'none', null, true],
      ['odile', 'conflict', 'Siège au conseil d’Oxfam-Québec', false],
      ['oscar', 'none', null, true],
    ]);
    expect(audit.proposals[0]!.evaluators[1]!.declaredAt).toBe(eventOf(caseId, 'ConflictOfInterestDeclared').occurredAt);
  });
});
