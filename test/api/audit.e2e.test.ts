import { caseWorkflowId, closedCaseRecordId } from '@entente/contracts';
import { TEAMS, type Role } from '@entente/domain';
import { jsonLogger } from '@entente/platform';
import { bundleWorkflows, replayWorkflows } from '../../apps/audit/src';
import { ApiStack } from './api-harness';

// The auditors' HTTP reads on the real engines: a case's history exported with its chain proof,
// and the whole stored log verified.

const stack = new ApiStack();
const as = (role: Role) => stack.bearer(role);
const EMAIL = {
  sender: { name: 'Awa Diallo', address: 'awa.diallo@example.org' },
  subject: 'Stage OIG, volet Afrique',
  body: 'Quels sont les critères ?',
};

beforeAll(() => stack.start());
afterAll(() => stack.stop());

describe('auditors over HTTP', () => {
  let caseId: string;

  beforeAll(async () => {
    caseId = (await stack.http().post('/email-requests').set('Authorization', as('intake-officer')).send(EMAIL).expect(201)).body.caseId;
    await stack
      .http()
      .post(`/email-requests/${caseId}/assign`)
      .set('Authorization', as('supervisor'))
      .send({ officerId: `carole-${stack.run}` })
      .expect(200);
    await stack.readModel(caseId, (body) => body.timeline.length === 2);
  });

  it("exports a case's history as a JSON file with its chain proof", async () => {
    const response = await stack.http().get(`/cases/${caseId}/export`).set('Authorization', as('auditor')).expect(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.headers['content-disposition']).toBe(`attachment; filename="case-${caseId}.json"`);
    const exported = JSON.parse(response.text);
    expect(exported).toMatchObject({ caseId, caseType: 'email-request', proof: { events: 2, verified: true, head: { sequence: 2 } } });
    expect(exported.events.map((e: { type: string }) => e.type)).toEqual(['EmailRequestReceived', 'EmailRequestAssigned']);
    expect(exported.events[1].previousHash).toBe(exported.events[0].hash);
  });

  it('exports the same history as CSV, and names a bad format or an unknown case', async () => {
    const response = await stack.http().get(`/cases/${caseId}/export?format=csv`).set('Authorization', as('auditor')).expect(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(
      response.text
        .trimEnd()
        .split('\r\n')
        .map((row) => row.split(',').slice(0, 3)),
    ).toEqual([
      ['sequence', 'event_id', 'type'],
      ['1', `${caseId}:1`, 'EmailRequestReceived'],
      ['2', `${caseId}:2`, 'EmailRequestAssigned'],
    ]);
    const bad = await stack.http().get(`/cases/${caseId}/export?format=pdf`).set('Authorization', as('auditor')).expect(400);
    expect(bad.body).toMatchObject({ field: 'format', message: expect.stringContaining('format must be json or csv') });
    await stack.http().get('/cases/00000000-0000-4000-8000-000000000000/export').set('Authorization', as('auditor')).expect(404);
  });

  it('verifies the whole stored log for an auditor', async () => {
    const response = await stack.http().get('/audit/verification').set('Authorization', as('auditor')).expect(200);
    expect(response.body).toMatchObject({ verified: true, breaks: [] });
    expect(response.body.events).toBeGreaterThanOrEqual(2);
    await stack.http().get('/audit/verification').expect(401);
  });

  const replayed = async (query: string) =>
    replayWorkflows(
      await bundleWorkflows(),
      { client: stack.temporal, dataConverter: stack.dataConverter, query },
      jsonLogger('test', () => undefined),
    );

  it("replays the case's workflow history, fetched from the server, on today's code", async () => {
    const replay = await replayed(`WorkflowId = '${caseWorkflowId('email-request', caseId)}'`);
    expect(replay).toEqual({ recorded: 0, live: 1, erased: 0, failures: [], replayed: true });
  });

  it("leaves an erased case's history out of the replay, counted, and replays its erasure", async () => {
    const closed = (await stack.http().post('/email-requests').set('Authorization', as('intake-officer')).send(EMAIL).expect(201)).body
      .caseId as string;
    await stack.answerEmailRequest(closed);
    const officer = stack.bearer(
      'privacy-officer',
      `privacy-${stack.run}`,
      TEAMS.filter((team) => team !== 'interparliamentary-cooperation'),
    );
    const erased = await stack
      .http()
      .post(`/cases/${closed}/erasure`)
      .set('Authorization', officer)
      .send({ reason: 'Retention period over, request answered' })
      .expect(200);
    const erasureId = closedCaseRecordId(closed, (erased.body.head.sequence as number) - 1);
    const replay = await replayed(`WorkflowId = '${caseWorkflowId('email-request', closed)}' OR WorkflowId = '${erasureId}'`);
    expect(replay).toEqual({ recorded: 0, live: 1, erased: 1, failures: [], replayed: true });
  });
});
