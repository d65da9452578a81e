import { randomUUID } from 'node:crypto';
import type { Role } from '@entente/domain';
import { ApiStack } from './api-harness';

// A bilateral cooperation project over HTTP on the real engines, to the read model.

const stack = new ApiStack();
beforeAll(() => stack.start());
afterAll(() => stack.stop());

const DAY = 86_400_000;
const officer = `olivier-${stack.run}`;
const PROJECT = {
  institution: { name: 'Université de Sherbrooke', contactName: 'Marc-André Lefebvre', email: 'ma.lefebvre@usherbrooke.example' },
  agreement: { title: 'Wallonia-Brussels–Québec Cooperation Agreement', partnerGovernment: 'Wallonia-Brussels Federation' },
  title: 'Joint summer school on water resources engineering',
  summary: 'A two-week summer school held alternately in Sherbrooke and Liège.',
  sector: 'Higher education and research',
  requestedSupport: { description: 'Student mobility grants', amountCad: 24500 },
};
const daysAgo = (days: number) => new Date(Date.now() - days * DAY).toISOString();
const post = (path: string, role: Role, body: object, sub?: string) =>
  stack.http().post(`/bilateral-projects${path}`).set('Authorization', stack.bearer(role, sub)).send(body);
const asOfficer = (caseId: string, action: string, body: object) => post(`/${caseId}/${action}`, 'case-officer', body, officer);

async function submit(body: object = PROJECT): Promise<string> {
  const submitted = await post('', 'intake-officer', body).expect(201);
  expect(submitted.headers.location).toBe(`/cases/${submitted.body.caseId}`);
  return submitted.body.caseId;
}

/** Submitted, assigned to the officer, and in negotiation. */
async function negotiating(body: object = PROJECT, startedAt?: string): Promise<string> {
  const caseId = await submit(body);
  await post(`/${caseId}/assign`, 'supervisor', { officerId: officer }).expect(200);
  await asOfficer(caseId, 'negotiations/start', { startedAt, notes: 'Presented at the joint commission' }).expect(200);
  return caseId;
}

describe('bilateral projects over HTTP', () => {
  it('goes from submission to deployment, and the read model shows the clock met', async () => {
    const caseId = await negotiating();
    await asOfficer(caseId, 'negotiations/round', { notes: 'Video conference with Liège: budget split agreed.' }).expect(200);
    const ended = await asOfficer(caseId, 'negotiations/end', {}).expect(200);
    expect(ended.body).toMatchObject({
      sequence: 5,
      state: { status: 'under-analysis', clocks: { 'bilateral-project-analysis-result': { warned: false } } },
    });
    await asOfficer(caseId, 'analysis-result', { result: 'accepted', conditions: ['Final report within 60 days of the session'] }).expect(
      200,
    );
    await asOfficer(caseId, 'deployment-support', { description: 'Introductions made with the Wallonia-Brussels delegation' }).expect(200);
    const deployed = await asOfficer(caseId, 'deployed', { report: 'First session held in Liège.' }).expect(200);
    expect(deployed.body).toMatchObject({
      caseId,
      sequence: 8,
      state: { status: 'deployed', analysis: { result: 'accepted', notifiedBy: officer } },
    });

    const detail = await stack.readModel(caseId, (body) => body.status === 'deployed');
    expect(detail).toMatchObject({
      caseType: 'bilateral-project',
      assignee: officer,
      standardId: 'bilateral-project-analysis-result',
      clockState: 'met',
      senderName: 'Université de Sherbrooke',
    });
    expect(detail.timeline.map((event) => event.type)).toEqual([
      'BilateralProjectSubmitted',
      'BilateralProjectAssigned',
      'PartnerNegotiationsStarted',
      'NegotiationRoundRecorded',
      'PartnerNegotiationsEnded',
      'ProjectAnalysisResultNotified',
      'DeploymentSupportProvided',
      'BilateralProjectDeployed',
    ]);
    const live = await stack.http().get(`/bilateral-projects/${caseId}/live`).set('Authorization', stack.bearer('auditor')).expect(200);
    expect(live.body).toMatchObject({ caseId, sequence: 8, state: { status: 'deployed' } });
  });

  it('breaches at once negotiations that ended past the due date, lists the project as overdue, and lets the institution withdraw it', async () => {
    const caseId = await negotiating({ ...PROJECT, submittedAt: daysAgo(70) }, daysAgo(60));
    await asOfficer(caseId, 'negotiations/end', { endedAt: daysAgo(40) }).expect(200);
    // Forty days late is past the chain's next level too: breached, then escalated to the director at once.
    const detail = await stack.readModel(caseId, (body) => body.escalatedTo === 'director');
    expect(detail).toMatchObject({ status: 'under-analysis', clockState: 'breached' });
    expect(detail.timeline.map((event) => event.type).slice(-3)).toEqual([
      'PartnerNegotiationsEnded',
      'ServiceStandardBreached',
      'ServiceStandardBreachEscalated',
    ]);
    // The officer is unique to this run: the topic keeps the projects of earlier runs, overdue ones among them.
    const overdue = await stack
      .http()
      .get(`/cases?caseType=bilateral-project&overdue=true&assignee=${officer}`)
      .set('Authorization', stack.bearer('auditor'))
      .expect(200);
    expect(overdue.body.items.map((item: { caseId: string }) => item.caseId)).toEqual([caseId]);

    await post(`/${caseId}/withdraw`, 'intake-officer', { reason: 'The university could not secure its own share of the budget.' }).expect(
      200,
    );
    const withdrawn = await stack.readModel(caseId, (body) => body.status === 'withdrawn');
    expect(withdrawn.timeline.at(-1)).toMatchObject({ type: 'BilateralProjectWithdrawn' });
  });

  it('counts a notification recorded late at the instant the institution was notified', async () => {
    const caseId = await negotiating({ ...PROJECT, submittedAt: daysAgo(70) }, daysAgo(60));
    await asOfficer(caseId, 'negotiations/end', { endedAt: daysAgo(40) }).expect(200);
    const notifiedAt = daysAgo(35);
    const notified = await asOfficer(caseId, 'analysis-result', {
      result: 'refused',
      reasons: ['Outside the agreement'],
      notifiedAt,
    }).expect(200);
    expect(notified.body.state.analysis).toMatchObject({ notifiedAt, recordedAt: expect.any(String) });
    const detail = await stack.readModel(caseId, (body) => body.status === 'refused');
    expect(detail).toMatchObject({ clockState: 'met', answeredAt: notifiedAt, endedAt: notifiedAt, outcome: 'refused' });
    expect(detail.timeline.at(-1)).toMatchObject({ type: 'ProjectAnalysisResultNotified', schemaVersion: 2 });
  });

  it('takes for one version the e-mail under its deprecated name, recording it as email', async () => {
    const { email, ...institution } = PROJECT.institution;
    const caseId = await submit({ ...PROJECT, institution: { ...institution, contactEmail: email } });
    const detail = await stack.readModel(caseId, (body) => body.status === 'submitted');
    expect(detail).toMatchObject({ senderAddress: email });
    expect(detail.timeline[0]).toMatchObject({ schemaVersion: 2, data: { institution: PROJECT.institution } });
  });

  it('answers 400 naming the field, 403 for a role that may not, 404, 409 out of order, 422 for what only the domain judges', async () => {
    const badEmail = await post('', 'intake-officer', {
      ...PROJECT,
      institution: { ...PROJECT.institution, email: 'nobody' },
    }).expect(400);
    expect(badEmail.body.field).toBe('institution.email');
    const badAmount = await post('', 'intake-officer', { ...PROJECT, requestedSupport: { description: 'Grants', amountCad: -5 } }).expect(
      400,
    );
    expect(badAmount.body.field).toBe('requestedSupport.amountCad');
    await post('', 'auditor', PROJECT).expect(403);
    await post('', 'case-officer', PROJECT).expect(403);
    const future = await post('', 'intake-officer', { ...PROJECT, submittedAt: new Date(Date.now() + DAY).toISOString() }).expect(422);
    expect(future.body.field).toBe('submittedAt');

    const caseId = await negotiating({ ...PROJECT, submittedAt: daysAgo(5) }, daysAgo(2));
    await post(`/${caseId}/assign`, 'case-officer', { officerId: officer }).expect(403);
    // A case another officer holds is outside this one's scope: it does not exist for them.
    const notTheirs = await post(`/${caseId}/negotiations/end`, 'case-officer', {}, `someone-${stack.run}`).expect(404);
    expect(notTheirs.body.message).toBe(`case ${caseId} not found`);
    const unknown = randomUUID();
    await post(`/${unknown}/negotiations/start`, 'supervisor', {}).expect(404);
    await stack.http().get(`/bilateral-projects/${unknown}/live`).set('Authorization', stack.bearer('auditor')).expect(404);

    const badResult = await asOfficer(caseId, 'analysis-result', { result: 'maybe' }).expect(400);
    expect(badResult.body.field).toBe('result');
    const early = await asOfficer(caseId, 'analysis-result', { result: 'accepted' }).expect(409);
    expect(early.body.message).toContain('in negotiation');
    const beforeStart = await asOfficer(caseId, 'negotiations/end', { endedAt: daysAgo(3) }).expect(422);
    expect(beforeStart.body.field).toBe('endedAt');
    await asOfficer(caseId, 'negotiations/end', {}).expect(200);
    const reasonless = await asOfficer(caseId, 'analysis-result', { result: 'refused' }).expect(422);
    expect(reasonless.body.field).toBe('reasons');
    for (const notifiedAt of [new Date(Date.now() + DAY).toISOString(), daysAgo(1)]) {
      const misdated = await asOfficer(caseId, 'analysis-result', { result: 'accepted', notifiedAt }).expect(422);
      expect(misdated.body.field).toBe('notifiedAt');
    }

    const other = await negotiating();
    await asOfficer(other, 'negotiations/abandon', { reason: 'The partner ministry withdrew from the exchange.' }).expect(200);
    const late = await asOfficer(other, 'negotiations/round', { notes: 'Too late' }).expect(409);
    expect(late.body.message).toMatch(/closed/);
  });
});
