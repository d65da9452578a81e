import { randomUUID } from 'node:crypto';
import type { Role } from '@entente/domain';
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
const OXFAM = { id: 'oxfam-quebec', name: 'Oxfam-Québec', contactEmail: 'programmes@oxfam-quebec.example' };
const CECI = { id: 'ceci', name: 'Centre d’étude et de coopération internationale', contactEmail: 'appels@ceci.example' };
const PROPOSAL = { proposalId: 'QSF-2027-001', organization: OXFAM, projectTitle: 'Stage en agroécologie au Bénin' };

const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();
const post = (path: string, role: Role, body: object, sub?: string) =>
  stack.http().post(`/calls-for-proposals${path}`).set('Authorization', stack.bearer(role, sub)).send(body);
const get = (path: string, role: Role) => stack.http().get(`/calls-for-proposals${path}`).set('Authorization', stack.bearer(role));

async function publish(): Promise<{ caseId: string; closesAt: string }> {
  const published = await post('', 'supervisor', { ...CALL, closesAt: inDays(30) }).expect(201);
  expect(published.headers.location).toBe(`/cases/${published.body.caseId}`);
  return { caseId: published.body.caseId, closesAt: published.body.state.closesAt };
}

describe('calls for proposals over HTTP', () => {
  it('publishes, records proposals and an extension; the read model and the evaluations show the open call', async () => {
    const { caseId, closesAt } = await publish();
    await post(`/${caseId}/proposals`, 'intake-officer', PROPOSAL).expect(200);
    const ceci = {
      proposalId: 'QSF-2027-002',
      organization: CECI,
      projectTitle: 'Stage en santé communautaire au Mali',
      submittedAt: new Date().toISOString(),
    };
    await post(`/${caseId}/proposals`, 'supervisor', ceci).expect(200);
    const extendedTo = new Date(Date.parse(closesAt) + 14 * DAY).toISOString();
    const extended = await post(`/${caseId}/extension`, 'administrator', {
      closesAt: extendedTo,
      reason: 'Les organismes ont demandé deux semaines de plus.',
    }).expect(200);
    expect(extended.body).toMatchObject({ caseId, sequence: 4, state: { status: 'open', closesAt: extendedTo, closedAt: null } });

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
        { ...ceci, evaluators: [] },
      ],
      ranking: [],
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
      organization: { ...OXFAM, contactEmail: 'oxfam' },
    }).expect(400);
    expect(badEmail.body.field).toBe('organization.contactEmail');
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
    // No evaluator is assigned before closing, so nobody may score yet (the domain's rule).
    const score = await post(`/${caseId}/scores`, 'case-officer', {
      proposalId: PROPOSAL.proposalId,
      scores: [{ criterionId: 'relevance', score: 30, comment: 'Bien' }],
    }).expect(403);
    expect(score.body.message).toContain('not an evaluator');
    await get(`/${caseId}/evaluations`, 'auditor').expect(200);

    const unknown = randomUUID();
    await get(`/${unknown}/live`, 'auditor').expect(404);
    await get(`/${unknown}/evaluations`, 'auditor').expect(404);
    await post(`/${unknown}/notifications`, 'case-officer', { organizationId: 'ceci' }).expect(404);
  });
});
