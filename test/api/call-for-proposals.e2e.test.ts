import { randomUUID } from 'node:crypto';
import type { Role } from '@entente/domain';
import { eventually } from '../projector/projector-harness';
import { ApiStack } from './api-harness';

// The open part of a call for proposals over HTTP on the real engines, to the read model. The
// closing is the workflow's own timer: what follows it is in the time-skipping workflow test.

const stack = new ApiStack();
beforeAll(() => stack.start());
afterAll(() => stack.stop());

const DAY = 86_400_000;
const CRITERIA = [
  { id: 'relevance', title: 'Pertinence au regard des besoins de la population', maxScore: 40, weight: 3 },
  { id: 'capacity', title: 'Capacité de l’organisme et de son partenaire local', maxScore: 30, weight: 2 },
];
const CALL = { programme: 'quebec-without-borders', title: 'Québec sans frontières 2027, stages de groupe', criteria: CRITERIA };
const OXFAM = { id: 'oxfam-quebec', name: 'Oxfam-Québec', email: 'programmes@oxfam-quebec.example' };
const CECI = { id: 'ceci', name: 'Centre d’étude et de coopération internationale', email: 'appels@ceci.example' };
const PROPOSAL = { proposalId: 'QSF-2027-001', organization: OXFAM, projectTitle: 'Stage en agroécologie au Bénin' };

const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();
const post = (path: string, role: Role, body: object, sub?: string) =>
  stack.http().post(`/calls-for-proposals${path}`).set('Authorization', stack.bearer(role, sub)).send(body);
const get = (path: string, role: Role, sub?: string) =>
  stack.http().get(`/calls-for-proposals${path}`).set('Authorization', stack.bearer(role, sub));

async function publish(): Promise<{ caseId: string; closesAt: string }> {
  const published = await post('', 'supervisor', { ...CALL, closesAt: inDays(30) }).expect(201);
  expect(published.headers.location).toBe(`/cases/${published.body.caseId}`);
  return { caseId: published.body.caseId, closesAt: published.body.state.closesAt };
}

describe('calls for proposals over HTTP', () => {
  it('publishes, records proposals and an extension; the read model and the evaluations show the open call', async () => {
    const { caseId, closesAt } = await publish();
    await post(`/${caseId}/proposals`, 'intake-officer', PROPOSAL).expect(200);
    // The e-mail under its deprecated name, accepted for one version, is recorded as `email`.
    const ceci = {
      proposalId: 'QSF-2027-002',
      organization: { id: CECI.id, name: CECI.name, contactEmail: CECI.email },
      projectTitle: 'Stage en santé communautaire au Mali',
      submittedAt: new Date().toISOString(),
    };
    const recorded = await post(`/${caseId}/proposals`, 'supervisor', ceci).expect(200);
    expect(recorded.body.state.proposals.at(-1)).toMatchObject({ organization: CECI });
    const extendedTo = new Date(Date.parse(closesAt) + 14 * DAY).toISOString();
    const extended = await post(`/${caseId}/extension`, 'administrator', {
      closesAt: extendedTo,
      reason: 'Les organismes ont demandé deux semaines de plus.',
    }).expect(200);
    expect(extended.body).toMatchObject({ caseId, sequence: 4, state: { status: 'open', closesAt: extendedTo, closedAt: null } });
    // The administrator reads the call masked, its answer included: no organization's address.
    expect(extended.body.state.proposals.at(-1)).toMatchObject({ organization: { email: '[masked]' } });
    expect(JSON.stringify(extended.body)).not.toContain(CECI.email);

    const detail = await stack.readModel(caseId, (body) => body.timeline.length === 4);
    expect(detail).toMatchObject({
      caseType: 'call-for-proposals',
      status: 'open',
      subject: `quebec-without-borders: ${CALL.title} (2 proposals)`,
      standardId: null,
    });
    expect(detail.timeline.map((event) => event.type)).toEqual([
      'CallForProposalsPublished',
      'ProposalSubmitted',
      'ProposalSubmitted',
      'CallForProposalsExtended',
    ]);
    const live = await get(`/${caseId}/live`, 'auditor').expect(200);
    expect(live.body).toMatchObject({
      caseId,
      sequence: 4,
      state: { proposals: [{ proposalId: 'QSF-2027-001' }, { proposalId: 'QSF-2027-002' }] },
    });
    const evaluations = await get(`/${caseId}/evaluations`, 'intake-officer').expect(200);
    expect(evaluations.body).toEqual({
      caseId,
      sequence: 4,
      status: 'open',
      criteria: CRITERIA,
      proposals: [
        { ...PROPOSAL, submittedAt: expect.any(String), evaluators: [] },
        { ...ceci, organization: CECI, evaluators: [] },
      ],
      scoresSealed: false,
      ranking: [],
      rankingFormula: expect.stringContaining('Σ(weight × score ÷ maxScore)'),
      decision: null,
    });
  });

  it('answers 400 naming the field, 403 for a role that may not, 404, 409 out of order, 422 for what only the domain judges', async () => {
    const badMax = await post('', 'supervisor', { ...CALL, criteria: [{ ...CRITERIA[0], maxScore: 0 }], closesAt: inDays(30) }).expect(400);
    expect(badMax.body.field).toBe('criteria.0.maxScore');
    await post('', 'auditor', { ...CALL, closesAt: inDays(30) }).expect(403);
    const past = await post('', 'supervisor', { ...CALL, closesAt: inDays(-1) }).expect(422);
    expect(past.body.field).toBe('closesAt');
    const twice = await post('', 'director', {
      ...CALL,
      criteria: [CRITERIA[0], { ...CRITERIA[1], id: 'relevance' }],
      closesAt: inDays(30),
    }).expect(422);
    expect(twice.body.field).toBe('criteria.1.id');

    const { caseId, closesAt } = await publish();
    const badEmail = await post(`/${caseId}/proposals`, 'intake-officer', {
      ...PROPOSAL,
      organization: { ...OXFAM, email: 'oxfam' },
    }).expect(400);
    expect(badEmail.body.field).toBe('organization.email');
    await post(`/${caseId}/proposals`, 'auditor', PROPOSAL).expect(403);
    const early = await post(`/${caseId}/proposals`, 'intake-officer', { ...PROPOSAL, submittedAt: inDays(-1) }).expect(422);
    expect(early.body.field).toBe('submittedAt');
    await post(`/${caseId}/proposals`, 'intake-officer', PROPOSAL).expect(200);
    const renamed = await post(`/${caseId}/proposals`, 'intake-officer', {
      ...PROPOSAL,
      proposalId: 'QSF-2027-003',
      organization: { ...OXFAM, name: 'Oxfam Canada' },
    }).expect(422);
    expect(renamed.body.field).toBe('organization.name');
    const again = await post(`/${caseId}/proposals`, 'intake-officer', PROPOSAL).expect(409);
    expect(again.body.message).toContain('already recorded');

    await post(`/${caseId}/extension`, 'supervisor', { closesAt: inDays(60), reason: 'Plus de temps' }).expect(403);
    const shorter = await post(`/${caseId}/extension`, 'administrator', { closesAt: inDays(10), reason: 'Plus de temps' }).expect(422);
    expect(shorter.body.field).toBe('closesAt');
    expect(shorter.body.message).toContain(closesAt);

    const assign = await post(`/${caseId}/evaluators`, 'supervisor', {
      proposalId: PROPOSAL.proposalId,
      evaluatorIds: ['olivier', 'odile'],
    }).expect(409);
    expect(assign.body.message).toContain('still open to proposals');
    const decide = await post(`/${caseId}/decision`, 'director', {
      decisions: [{ proposalId: PROPOSAL.proposalId, outcome: 'selected', reasons: 'Excellent' }],
    }).expect(409);
    expect(decide.body.message).toContain('still open to proposals');
    // No evaluator is assigned before closing: the call is no case officer's yet, so it does not exist for them.
    const score = await post(`/${caseId}/scores`, 'case-officer', {
      proposalId: PROPOSAL.proposalId,
      scores: [{ criterionId: 'relevance', score: 30, comment: 'Bien' }],
    }).expect(404);
    expect(score.body.message).toBe(`case ${caseId} not found`);
    await get(`/${caseId}/evaluations`, 'auditor').expect(200);

    const unknown = randomUUID();
    await get(`/${unknown}/live`, 'auditor').expect(404);
    await get(`/${unknown}/evaluations`, 'auditor').expect(404);
    await post(`/${unknown}/notifications`, 'case-officer', { organizationId: 'ceci' }).expect(404);
  });

  describe('a fair selection', () => {
    const CECI_PROPOSAL = { proposalId: 'QSF-2027-002', organization: CECI, projectTitle: 'Stage en santé communautaire au Mali' };
    const scoresOf = (relevance: number, capacity: number) => [
      { criterionId: 'relevance', score: relevance, comment: 'Conforme à la grille publiée.' },
      { criterionId: 'capacity', score: capacity, comment: 'Conforme à la grille publiée.' },
    ];
    const evaluate = async (caseId: string, evaluator: string, proposalId: string, relevance: number, capacity: number) => {
      await post(`/${caseId}/conflicts-of-interest`, 'case-officer', { proposalId, declaration: 'none' }, evaluator).expect(200);
      await post(`/${caseId}/scores`, 'case-officer', { proposalId, scores: scoresOf(relevance, capacity) }, evaluator).expect(200);
    };
    const scoresSeenBy = async (caseId: string, role: Role, sub?: string) => {
      const { body } = await get(`/${caseId}/evaluations`, role, sub).expect(200);
      const evaluators = (body.proposals[0].evaluators as { evaluatorId: string; scores: unknown[] | null; scoresSealed: boolean }[]).map(
        ({ evaluatorId, scores, scoresSealed }) => [evaluatorId, scores === null ? null : scores.length, scoresSealed],
      );
      return { evaluators, scoresSealed: body.scoresSealed as boolean, ranked: (body.ranking as unknown[]).length };
    };

    /** A call that closes a few seconds after its two proposals are in, then evaluators on both. */
    async function closedCall(): Promise<string> {
      const published = await post('', 'supervisor', { ...CALL, closesAt: new Date(Date.now() + 4000).toISOString() }).expect(201);
      const caseId = published.body.caseId as string;
      await post(`/${caseId}/proposals`, 'intake-officer', PROPOSAL).expect(200);
      await post(`/${caseId}/proposals`, 'intake-officer', CECI_PROPOSAL).expect(200);
      await eventually('the call to close', async () => {
        const { body } = await get(`/${caseId}/live`, 'auditor').expect(200);
        return body.state.status === 'evaluating' ? true : undefined;
      });
      for (const proposalId of [PROPOSAL.proposalId, CECI_PROPOSAL.proposalId]) {
        await post(`/${caseId}/evaluators`, 'supervisor', { proposalId, evaluatorIds: ['olivier', 'odile'] }).expect(200);
      }
      return caseId;
    }

    it('seals the scores from an evaluator until theirs are in; the director and auditors read them all', async () => {
      const caseId = await closedCall();
      await evaluate(caseId, 'olivier', PROPOSAL.proposalId, 30, 20);

      expect(await scoresSeenBy(caseId, 'case-officer', 'odile')).toEqual({
        evaluators: [
          ['olivier', null, true],
          ['odile', null, false],
        ],
        scoresSealed: true,
        ranked: 0,
      });
      const live = await get(`/${caseId}/live`, 'case-officer', 'odile').expect(200);
      expect(live.body.state.proposals[0].evaluations[0]).toMatchObject({ evaluatorId: 'olivier', scores: null });
      // The answer to her own command is as she may see it, too.
      const declared = await post(
        `/${caseId}/conflicts-of-interest`,
        'case-officer',
        { proposalId: PROPOSAL.proposalId, declaration: 'none' },
        'odile',
      );
      expect(declared.status).toBe(200);
      expect(declared.body.state.proposals[0].evaluations[0].scores).toBeNull();
      // Nor can she read them in the case's timeline, its state at an instant, or its export.
      await stack.readModel(caseId, (body) => body.timeline.some((event) => event.type === 'ProposalScored'));
      const asOdile = (path: string) =>
        stack.http().get(`/cases/${caseId}${path}`).set('Authorization', stack.bearer('case-officer', 'odile'));
      const timeline = (await asOdile('').expect(200)).body.timeline as { type: string; data: { scores: unknown } }[];
      expect(timeline.find((event) => event.type === 'ProposalScored')!.data.scores).toBeNull();
      const asOf = await asOdile(`/as-of?at=${new Date().toISOString()}`).expect(200);
      expect(asOf.body.state.proposals[0].evaluations[0]).toMatchObject({ evaluatorId: 'olivier', scores: null });
      await asOdile('/export').expect(403);
      const audited = await stack.http().get(`/cases/${caseId}`).set('Authorization', stack.bearer('auditor')).expect(200);
      expect(audited.body.timeline.find((event: { type: string }) => event.type === 'ProposalScored').data.scores).toHaveLength(2);
      for (const role of ['supervisor', 'intake-officer'] as const) {
        expect((await scoresSeenBy(caseId, role)).evaluators[0]).toEqual(['olivier', null, true]);
      }
      for (const role of ['director', 'auditor'] as const) {
        expect((await scoresSeenBy(caseId, role)).evaluators[0]).toEqual(['olivier', 2, false]);
      }

      await post(`/${caseId}/scores`, 'case-officer', { proposalId: PROPOSAL.proposalId, scores: scoresOf(28, 22) }, 'odile').expect(200);
      const after = await scoresSeenBy(caseId, 'case-officer', 'odile');
      expect(after.evaluators).toEqual([
        ['olivier', 2, false],
        ['odile', 2, false],
      ]);
    });

    it('records a decision that departs from the ranking as a departure, with the justification it requires', async () => {
      const caseId = await closedCall();
      for (const evaluator of ['olivier', 'odile']) {
        await evaluate(caseId, evaluator, PROPOSAL.proposalId, 20, 15);
        await evaluate(caseId, evaluator, CECI_PROPOSAL.proposalId, 36, 27);
      }
      const reasons = 'Décision de la direction.';
      const decisions = [
        { proposalId: PROPOSAL.proposalId, outcome: 'selected', reasons },
        { proposalId: CECI_PROPOSAL.proposalId, outcome: 'not-selected', reasons },
      ];
      const unjustified = await post(`/${caseId}/decision`, 'director', { decisions }).expect(422);
      expect(unjustified.body).toMatchObject({ code: 'invalid-command', field: 'departureJustification' });
      const departureJustification = 'Le projet au Mali est déjà financé par un autre programme du Ministère.';
      await post(`/${caseId}/decision`, 'director', { decisions, departureJustification }).expect(200);

      const { body } = await get(`/${caseId}/evaluations`, 'auditor').expect(200);
      expect(body.ranking.map((ranked: { proposalId: string }) => ranked.proposalId)).toEqual([
        CECI_PROPOSAL.proposalId,
        PROPOSAL.proposalId,
      ]);
      expect(body.decision.departure).toEqual({
        proposalIds: [CECI_PROPOSAL.proposalId, PROPOSAL.proposalId],
        justification: departureJustification,
      });
    });
  });
});
