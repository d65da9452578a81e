import { randomUUID } from 'node:crypto';
import type { Role } from '@entente/domain';
import { ApiStack } from './api-harness';

// A complaint to the Secretary General over HTTP on the real engines, to the read model.

const stack = new ApiStack();
beforeAll(() => stack.start());
afterAll(() => stack.stop());

const DAY = 86_400_000;
const officer = `olivier-${stack.run}`;
const LETTER = {
  complainant: { name: 'Jean-François Côté', postalAddress: '1200, avenue Cartier, Québec (Québec) G1R 2S6' },
  channel: 'letter',
  subject: 'No answer to my e-mail about the IGO internship program',
  details: 'I wrote about internships at UNESCO for doctoral students and received no answer.',
  concern: { kind: 'standard-not-applied', service: 'Information requests by e-mail', standardId: 'email-information-request' },
};
const post = (path: string, role: Role, body: object, sub?: string) =>
  stack.http().post(`/complaints${path}`).set('Authorization', stack.bearer(role, sub)).send(body);

async function receive(body: object = LETTER): Promise<string> {
  const received = await post('', 'intake-officer', body).expect(201);
  expect(received.headers.location).toBe(`/cases/${received.body.caseId}`);
  return received.body.caseId;
}

describe('complaints over HTTP', () => {
  it('goes from receipt to answer, and the read model shows the clock met', async () => {
    const caseId = await receive();
    await post(`/${caseId}/assign`, 'secretary-general', { officerId: officer }).expect(200);
    const findings = { findings: 'The e-mail was filed as spam and never reached an officer.', conclusion: 'founded' };
    await post(`/${caseId}/findings`, 'case-officer', findings, officer).expect(200);
    const answered = await post(
      `/${caseId}/answer`,
      'case-officer',
      { answer: 'We apologize; your question is answered below.' },
      officer,
    ).expect(200);
    expect(answered.body).toMatchObject({ caseId, sequence: 4, state: { status: 'answered', findings: { conclusion: 'founded' } } });

    const detail = await stack.readModel(caseId, (body) => body.status === 'answered');
    expect(detail).toMatchObject({
      caseType: 'complaint',
      assignee: officer,
      standardId: 'complaint',
      clockState: 'met',
      senderName: 'Jean-François Côté',
    });
    expect(detail.timeline.map((event) => event.type)).toEqual([
      'ComplaintReceived',
      'ComplaintAssigned',
      'ComplaintFindingsRecorded',
      'ComplaintAnswered',
    ]);
    const live = await stack.http().get(`/complaints/${caseId}/live`).set('Authorization', stack.bearer('auditor')).expect(200);
    expect(live.body).toMatchObject({ caseId, sequence: 4, state: { status: 'answered' } });
  });

  it('breaches at once a letter recorded past its due date, escalated to the Secretary General, and lists it as overdue', async () => {
    const caseId = await receive({ ...LETTER, receivedAt: new Date(Date.now() - 40 * DAY).toISOString() });
    const detail = await stack.readModel(caseId, (body) => body.clockState === 'breached');
    expect(detail).toMatchObject({ status: 'received', escalatedTo: 'secretary-general' });
    expect(detail.timeline.map((event) => event.type)).toEqual(['ComplaintReceived', 'ServiceStandardBreached']);
    // The topic keeps earlier runs' overdue complaints: this run's officer tells this one apart.
    await post(`/${caseId}/assign`, 'secretary-general', { officerId: officer }).expect(200);
    await stack.readModel(caseId, (body) => body.assignee === officer);
    const overdue = await stack
      .http()
      .get(`/cases?caseType=complaint&overdue=true&assignee=${officer}`)
      .set('Authorization', stack.bearer('auditor'))
      .expect(200);
    expect(overdue.body.items.map((item: { caseId: string }) => item.caseId)).toEqual([caseId]);
  });

  it('refuses an answer without findings, and counts one sent in time but recorded after the due date as met', async () => {
    const receivedAt = new Date(Date.now() - 40 * DAY).toISOString();
    const caseId = await receive({ ...LETTER, receivedAt });
    const answer = (answeredAt: string) => post(`/${caseId}/answer`, 'secretary-general', { answer: 'Voici nos conclusions.', answeredAt });
    const answeredAt = new Date(Date.parse(receivedAt) + 2 * DAY).toISOString();
    const unfounded = await answer(answeredAt).expect(422);
    expect(unfounded.body).toMatchObject({ code: 'invalid-command', field: 'findings' });
    await post(`/${caseId}/findings`, 'secretary-general', { findings: 'The e-mail was answered late.', conclusion: 'founded' }).expect(
      200,
    );
    const early = await answer(new Date(Date.parse(receivedAt) - 60_000).toISOString()).expect(422);
    expect(early.body).toMatchObject({ code: 'invalid-command', field: 'answeredAt' });
    await answer(answeredAt).expect(200);

    const detail = await stack.readModel(caseId, (body) => body.status === 'answered');
    // Answered is how the complaint ended: the list says so in the words every case type shares.
    expect(detail).toMatchObject({ clockState: 'met', endedAt: answeredAt, outcome: 'answered' });
    const recorded = detail.timeline.find(({ type }) => type === 'ComplaintAnswered') as unknown as { data: { recordedAt: string } };
    expect(recorded).toMatchObject({ schemaVersion: 2, data: { answeredAt } });
    expect(Date.parse(recorded.data.recordedAt)).toBeGreaterThan(Date.parse(answeredAt));
  });

  it('answers 400 naming the field, 403 for a role that may not, 404, 409 out of order, 422 for what only the domain judges', async () => {
    const badKind = await post('', 'intake-officer', { ...LETTER, concern: { ...LETTER.concern, kind: 'rudeness' } }).expect(400);
    expect(badKind.body.field).toBe('concern.kind');
    const badEmail = await post('', 'intake-officer', { ...LETTER, complainant: { name: 'Jean-François Côté', email: 'nobody' } }).expect(
      400,
    );
    expect(badEmail.body.field).toBe('complainant.email');
    await post('', 'auditor', LETTER).expect(403);

    const caseId = await receive();
    await post(`/${caseId}/assign`, 'case-officer', { officerId: officer }).expect(403);
    await post(`/${caseId}/assign`, 'supervisor', { officerId: officer }).expect(200);
    // A complaint another officer holds is outside this one's scope: it does not exist for them.
    const notTheirs = await post(`/${caseId}/answer`, 'case-officer', { answer: 'x' }, `someone-${stack.run}`).expect(404);
    expect(notTheirs.body.message).toBe(`case ${caseId} not found`);
    const unknown = randomUUID();
    await post(`/${unknown}/answer`, 'supervisor', { answer: 'x' }).expect(404);

    await post(`/${caseId}/close`, 'supervisor', { reason: 'withdrawn', explanation: 'The complainant withdrew by telephone.' }).expect(
      200,
    );
    const late = await post(`/${caseId}/findings`, 'supervisor', { findings: 'Too late', conclusion: 'unfounded' }).expect(409);
    expect(late.body.message).toMatch(/closed/);

    const byEmailWithoutAddress = await post('', 'intake-officer', { ...LETTER, channel: 'e-mail' }).expect(422);
    expect(byEmailWithoutAddress.body.field).toBe('complainant.email');
    const future = await post('', 'intake-officer', { ...LETTER, receivedAt: new Date(Date.now() + DAY).toISOString() }).expect(422);
    expect(future.body.field).toBe('receivedAt');
  });
});
