import { randomUUID } from 'node:crypto';
import { caseWorkflowId } from '@entente/contracts';
import type { Role } from '@entente/domain';
import { eventually } from '../projector/projector-harness';
import { ApiStack, CaseDetailBody } from './api-harness';

// HTTP end to end on the real engines: API -> Temporal workflow -> Kafka -> projector -> PostgreSQL.

const stack = new ApiStack();
const officer = `carole-${stack.run}`;
const EMAIL = {
  sender: { name: 'Awa Diallo', email: 'awa.diallo@example.org' },
  subject: 'Stage OIG',
  body: 'Quels sont les critères ?',
};

beforeAll(() => stack.start());
afterAll(() => stack.stop());

const as = (role: Role, sub?: string) => stack.bearer(role, sub);
const http = () => stack.http();
const readModel = (caseId: string, accept: (body: CaseDetailBody) => boolean) => stack.readModel(caseId, accept);

async function receive(body: object = EMAIL) {
  const response = await http().post('/email-requests').set('Authorization', as('intake-officer')).send(body).expect(201);
  return response.body.caseId as string;
}

const assign = (caseId: string, officerId: string, role: Role = 'supervisor') =>
  http().post(`/email-requests/${caseId}/assign`).set('Authorization', as(role)).send({ officerId });

describe('e-mail requests over HTTP', () => {
  it('is healthy', async () => {
    await http()
      .get('/health')
      .expect(200, { status: 'ok', checks: { database: 'up', temporal: 'up' } });
  });

  it('takes an e-mail from receipt to answer, and the read model shows who did what', async () => {
    const correlationId = `e2e-${stack.run}`;
    const received = await http()
      .post('/email-requests')
      .set('Authorization', as('intake-officer', 'ines'))
      .set('X-Correlation-Id', correlationId)
      .send(EMAIL)
      .expect(201);
    const { caseId } = received.body;
    expect(received.headers.location).toBe(`/cases/${caseId}`);
    expect(received.headers['x-correlation-id']).toBe(correlationId);
    expect(received.body).toMatchObject({ sequence: 1, state: { status: 'received', subject: 'Stage OIG' } });

    const assigned = await http()
      .post(`/email-requests/${caseId}/assign`)
      .set('Authorization', as('supervisor', 'sam'))
      .send({ officerId: officer })
      .expect(200);
    expect(assigned.body).toMatchObject({ caseId, sequence: 2, state: { status: 'assigned', assignee: officer } });

    const answered = await http()
      .post(`/email-requests/${caseId}/answer`)
      .set('Authorization', as('case-officer', officer))
      .send({ answer: 'Voici les critères.' })
      .expect(200);
    expect(answered.body).toMatchObject({ sequence: 3, state: { status: 'answered' } });

    const detail = await readModel(caseId, (body) => body.status === 'answered');
    expect(detail).toMatchObject({ caseId, caseType: 'email-request', status: 'answered', assignee: officer, clockState: 'met' });
    expect(detail.timeline.map(({ type, actor }: { type: string; actor: object }) => ({ type, actor }))).toEqual([
      { type: 'EmailRequestReceived', actor: { id: 'ines', role: 'intake-officer' } },
      { type: 'EmailRequestAssigned', actor: { id: 'sam', role: 'supervisor' } },
      { type: 'EmailRequestAnswered', actor: { id: officer, role: 'case-officer' } },
    ]);
    expect(detail.timeline[0]).toMatchObject({ correlationId, schemaVersion: 3, data: { replyLanguage: 'fr', sender: EMAIL.sender } });
    expect(detail).toMatchObject({ senderAddress: EMAIL.sender.email, outcome: 'answered' });
    const verification = await http().get(`/cases/${caseId}/verification`).set('Authorization', as('auditor')).expect(200);
    expect(verification.body).toMatchObject({ caseId, events: 3, verified: true, firstBreak: null, head: { sequence: 3 } });

    const queue = await http().get(`/cases?assignee=${officer}&status=answered`).set('Authorization', as('auditor')).expect(200);
    expect(queue.body).toMatchObject({ page: 1, pageSize: 20, total: 1, items: [{ caseId }] });
    const dueSoon = new Date(Date.parse(detail.dueAt as string) + 1).toISOString();
    const byTeam = await http()
      .get(`/cases?assignee=${officer}&team=information-services&dueBefore=${dueSoon}`)
      .set('Authorization', as('auditor'))
      .expect(200);
    expect(byTeam.body.items.map((item: { caseId: string }) => item.caseId)).toEqual([caseId]);
    const otherTeam = await http().get(`/cases?assignee=${officer}&team=secretary-general`).set('Authorization', as('auditor')).expect(200);
    expect(otherTeam.body.total).toBe(0);
    const live = await http().get(`/email-requests/${caseId}/live`).set('Authorization', as('auditor')).expect(200);
    expect(live.body).toMatchObject({ caseId, sequence: 3, state: { status: 'answered' } });

    // The answer counts in this month's compliance figures (other tests' cases may count too).
    const report = await http().get('/reports/service-standards').set('Authorization', as('auditor')).expect(200);
    const thisMonth = report.body.standards.find(
      (row: { standardId: string; month: string }) => row.standardId === 'email-information-request' && row.month === report.body.to,
    );
    expect(thisMonth.met).toBeGreaterThanOrEqual(1);
  });

  it('counts an answer sent in time but recorded after the due date as met, keeping both instants', async () => {
    const receivedAt = new Date(Date.now() - 10 * 86_400_000).toISOString();
    const caseId = await receive({ ...EMAIL, receivedAt });
    const answer = (answeredAt: string) =>
      http().post(`/email-requests/${caseId}/answer`).set('Authorization', as('supervisor')).send({ answer: 'Voici.', answeredAt });
    const early = await answer(new Date(Date.parse(receivedAt) - 60_000).toISOString()).expect(422);
    expect(early.body).toMatchObject({ code: 'invalid-command', field: 'answeredAt' });
    const answeredAt = new Date(Date.parse(receivedAt) + 3_600_000).toISOString();
    await answer(answeredAt).expect(200);

    const detail = await readModel(caseId, (body) => body.status === 'answered');
    expect(detail).toMatchObject({ clockState: 'met' });
    const recorded = detail.timeline.find(({ type }) => type === 'EmailRequestAnswered') as unknown as { data: { recordedAt: string } };
    expect(recorded).toMatchObject({ schemaVersion: 2, data: { answeredAt } });
    expect(Date.parse(recorded.data.recordedAt)).toBeGreaterThan(Date.parse(answeredAt));
  });

  it('runs a retried command once: the same Idempotency-Key answers the first outcome again', async () => {
    const key = `intake-${stack.run}`;
    const open = () =>
      http().post('/email-requests').set('Authorization', as('intake-officer', 'ines')).set('Idempotency-Key', key).send(EMAIL);
    const first = await open().expect(201);
    const retry = await open().expect(201);
    expect(retry.body).toEqual(first.body);
    const { caseId } = first.body;
    const assignOnce = () =>
      http()
        .post(`/email-requests/${caseId}/assign`)
        .set('Authorization', as('supervisor', 'sam'))
        .set('Idempotency-Key', 'assign-1')
        .send({ officerId: officer });
    const assigned = await assignOnce().expect(200);
    expect((await assignOnce().expect(200)).body).toEqual(assigned.body);
    expect(assigned.body).toMatchObject({ sequence: 2, state: { assignee: officer } });

    const detail = await readModel(caseId, (body) => body.status === 'assigned');
    expect(detail.timeline.map(({ type }: { type: string }) => type)).toEqual(['EmailRequestReceived', 'EmailRequestAssigned']);
    // Another actor's key of the same spelling is another command: a second case.
    const other = await http()
      .post('/email-requests')
      .set('Authorization', as('intake-officer', 'olivier'))
      .set('Idempotency-Key', key)
      .send(EMAIL)
      .expect(201);
    expect(other.body.caseId).not.toBe(caseId);
  });

  it('answers 409 to a command on a closed case, and a retried close its first answer', async () => {
    const caseId = await receive();
    const close = () =>
      http()
        .post(`/email-requests/${caseId}/close`)
        .set('Authorization', as('supervisor'))
        .set('Idempotency-Key', 'close-1')
        .send({ reason: 'withdrawn', explanation: 'Le demandeur a retiré sa question.' });
    const closed = await close().expect(200);
    const handle = stack.temporal.workflow.getHandle(caseWorkflowId('email-request', caseId));
    await eventually('the case workflow to complete', async () =>
      (await handle.describe()).status.name === 'COMPLETED' ? true : undefined,
    );
    expect((await close().expect(200)).body).toEqual(closed.body);
    const response = await http()
      .post(`/email-requests/${caseId}/answer`)
      .set('Authorization', as('supervisor'))
      .send({ answer: 'Trop tard' })
      .expect(409);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toEqual({
      type: 'urn:entente:problem:command-refused',
      title: 'The case refuses this command in its current state',
      status: 409,
      code: 'command-refused',
      detail: `case ${caseId} is closed`,
      message: `case ${caseId} is closed`,
    });
  });

  it('answers 409 to assigning the same officer twice', async () => {
    const caseId = await receive();
    await assign(caseId, officer).expect(200);
    const response = await assign(caseId, officer).expect(409);
    expect(response.body.message).toContain(`already assigned to ${officer}`);
  });

  it('answers 403 to auditors and to a case officer reassigning, 404 to a case officer answering a case not theirs', async () => {
    const caseId = await receive();
    await http().post('/email-requests').set('Authorization', as('auditor')).send(EMAIL).expect(403);
    const reassigning = await assign(caseId, 'someone-else', 'case-officer').expect(403);
    expect(reassigning.body.message).toBe('case-officer may not issue AssignEmailRequest');
    await assign(caseId, officer).expect(200);
    const answering = await http()
      .post(`/email-requests/${caseId}/answer`)
      .set('Authorization', as('case-officer', 'not-the-assignee'))
      .send({ answer: 'x' })
      .expect(404);
    // Outside the officer's scope the case does not exist for them: the answer does not say it does.
    expect(answering.body.message).toBe(`case ${caseId} not found`);
  });

  it('takes for one version the e-mail under its deprecated name, recording it as email', async () => {
    const caseId = await receive({ ...EMAIL, sender: { name: 'Awa Diallo', address: 'awa.diallo@example.org' } });
    const detail = await readModel(caseId, (body) => body.status === 'received');
    expect(detail.timeline[0]).toMatchObject({ schemaVersion: 3, data: { sender: EMAIL.sender } });
  });

  it('answers 400 naming the field, and 422 for a value only the domain can judge', async () => {
    const unknown = await http()
      .post('/email-requests')
      .set('Authorization', as('intake-officer'))
      .send({ ...EMAIL, urgent: true })
      .expect(400);
    expect(unknown.body).toMatchObject({ field: 'urgent', message: 'property urgent should not exist' });
    const badEmail = await http()
      .post('/email-requests')
      .set('Authorization', as('intake-officer'))
      .send({ ...EMAIL, sender: { email: 'nobody' } })
      .expect(400);
    expect(badEmail.body).toMatchObject({ field: 'sender.email', message: 'sender.email must be an email' });
    const badLanguage = await http()
      .post('/email-requests')
      .set('Authorization', as('intake-officer'))
      .send({ ...EMAIL, replyLanguage: 'es' })
      .expect(400);
    expect(badLanguage.body).toMatchObject({
      field: 'replyLanguage',
      message: 'replyLanguage must be one of the following values: fr, en',
    });
    const badMonth = await http().get('/reports/service-standards?from=2026-13').set('Authorization', as('auditor')).expect(400);
    expect(badMonth.body).toMatchObject({ field: 'from', message: 'from must be a month YYYY-MM between 1900 and 2200' });
    const badKey = await http()
      .post('/email-requests')
      .set('Authorization', as('intake-officer'))
      .set('Idempotency-Key', 'no spaces')
      .send(EMAIL)
      .expect(400);
    expect(badKey.body.field).toBe('Idempotency-Key');
    const caseId = await receive();
    const badReason = await http()
      .post(`/email-requests/${caseId}/close`)
      .set('Authorization', as('supervisor'))
      .send({ reason: 'bored', explanation: 'x' })
      .expect(400);
    expect(badReason.body.field).toBe('reason');
    const future = new Date(Date.now() + 86_400_000).toISOString();
    const tomorrow = await http()
      .post('/email-requests')
      .set('Authorization', as('intake-officer'))
      .send({ ...EMAIL, receivedAt: future })
      .expect(422);
    expect(tomorrow.body).toMatchObject({ status: 422, code: 'invalid-command', field: 'receivedAt' });
  });

  it('takes a 60,000-character French e-mail through its workflow, and answers 413 over the body limit', async () => {
    const body = 'àâçéèêëîïôœùûü '.repeat(4000);
    const caseId = await receive({ ...EMAIL, body });
    const detail = await readModel(caseId, (read) => read.timeline.length === 1);
    expect(detail.timeline[0]).toMatchObject({ type: 'EmailRequestReceived', data: { body } });
    const tooLarge = await http()
      .post('/email-requests')
      .set('Authorization', as('intake-officer'))
      .send({ ...EMAIL, body: 'x'.repeat(2_000_000) })
      .expect(413);
    expect(tooLarge.body).toMatchObject({ status: 413, code: 'payload-too-large' });
  });

  it('answers 401 without a token and 404 for an unknown case', async () => {
    await http().post('/email-requests').send(EMAIL).expect(401);
    const unknown = randomUUID();
    const command = await assign(unknown, officer).expect(404);
    expect(command.body).toMatchObject({ status: 404, code: 'not-found', detail: `case ${unknown} not found` });
    const read = await http().get(`/cases/${unknown}`).set('Authorization', as('auditor')).expect(404);
    expect(read.body.message).toBe(`case ${unknown} not found`);
    await http().get(`/email-requests/${unknown}/live`).set('Authorization', as('auditor')).expect(404);
  });
});
