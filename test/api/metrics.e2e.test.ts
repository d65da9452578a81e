import { MetricsPort } from '@entente/platform';
import { ApiStack } from './api-harness';
import request from 'supertest';

// The metrics of the API, the worker and the projector after commands sent over HTTP, on the
// real engines: counted by case type, command type and outcome, and never naming a case.

const stack = new ApiStack();
beforeAll(() => stack.start());
afterAll(() => stack.stop());

const sender = { name: `Awa Diallo ${stack.run}`, email: `awa.diallo.${stack.run}@example.org` };

/** The API's metrics, from its own port (API_METRICS_PORT: a free one in tests). */
async function apiMetrics(): Promise<string> {
  const response = await fetch(`http://127.0.0.1:${stack.api.get(MetricsPort).port}/metrics`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('text/plain; version=0.0.4');
  return response.text();
}

async function projectorMetrics(): Promise<string> {
  return (
    await request(stack.projector.getHttpServer())
      .get('/metrics')
      .expect(200)
      .expect('Content-Type', /text\/plain/)
  ).text;
}

/** The value of the sample `name{labels}` (labels in the order they are declared), 0 when absent. */
function sample(text: string, name: string, labels: Record<string, string>): number {
  const rendered = `${name}{${Object.entries(labels)
    .map(([label, value]) => `${label}="${value}"`)
    .join(',')}}`;
  const line = text.split('\n').find((each) => each.startsWith(`${rendered} `));
  return line ? Number(line.slice(rendered.length + 1)) : 0;
}

const RECEIVED = { case_type: 'email-request', command_type: 'ReceiveEmailRequest', outcome: 'accepted' };
const REFUSED = { case_type: 'email-request', command_type: 'AnswerEmailRequest', outcome: 'refused' };

describe('metrics', () => {
  it('count a command by case type, command type and outcome, with its latency, and name no case', async () => {
    const before = await apiMetrics();
    const received = await stack
      .http()
      .post('/email-requests')
      .set('Authorization', stack.bearer('intake-officer'))
      .send({ sender, subject: `Stage ${stack.run}`, body: `Écrivez-moi à ${sender.email}` })
      .expect(201);
    const { caseId } = received.body as { caseId: string };
    // An auditor issues no command: refused before it reaches the case.
    await stack
      .http()
      .post(`/email-requests/${caseId}/answer`)
      .set('Authorization', stack.bearer('auditor'))
      .send({ answer: 'Voici.' })
      .expect(403);
    const after = await apiMetrics();

    expect(sample(after, 'entente_commands_total', RECEIVED)).toBe(sample(before, 'entente_commands_total', RECEIVED) + 1);
    expect(sample(after, 'entente_commands_total', REFUSED)).toBe(sample(before, 'entente_commands_total', REFUSED) + 1);
    const count = 'entente_command_duration_seconds_count';
    expect(sample(after, count, RECEIVED)).toBe(sample(before, count, RECEIVED) + 1);
    expect(sample(after, 'entente_command_duration_seconds_bucket', { le: '10', ...RECEIVED })).toBeGreaterThanOrEqual(1);
    const route = { method: 'POST', route: '/email-requests/:caseId/answer', status_class: '4xx' };
    expect(sample(after, 'entente_http_requests_total', route)).toBe(sample(before, 'entente_http_requests_total', route) + 1);
    // The worker in this process published the receipt.
    const topic = `${stack.topicPrefix}.email-request.events`;
    expect(sample(after, 'entente_publish_duration_seconds_count', { topic, outcome: 'ok' })).toBeGreaterThanOrEqual(1);

    // The projector's own: what it applied, and its lag once it has caught up with the case.
    await stack.readModel(caseId, (body) => body.status === 'received');
    const projector = await projectorMetrics();
    const applied = [0, 1, 2, 3, 4, 5].reduce(
      (sum, partition) => sum + sample(projector, 'entente_projector_events_applied_total', { topic, partition: String(partition) }),
      0,
    );
    expect(applied).toBeGreaterThanOrEqual(1);
    const lags = projector.split('\n').filter((line) => line.startsWith(`entente_projector_lag_messages{topic="${topic}"`));
    expect(lags).toHaveLength(6);
    expect(lags.map((line) => Number(line.split(' ')[1]))).toEqual([0, 0, 0, 0, 0, 0]);
    expect(projector).toContain('entente_projector_lag_known 1');
    expect(projector).toMatch(/^entente_open_clocks\{standard="[^"]+",case_type="email-request",state="running"\} [1-9]/m);

    // Never a case id, a person's name or address: label values are case types, commands, standards, topics.
    for (const text of [after, projector]) {
      expect(text).not.toContain(caseId);
      expect(text).not.toContain(sender.email);
      expect(text).not.toContain('Awa Diallo');
    }
  });

  it('count what the request gate refuses, which still refuses it (415, 405)', async () => {
    const unmatched = { method: 'POST', route: 'unmatched', status_class: '4xx' };
    const before = sample(await apiMetrics(), 'entente_http_requests_total', unmatched);
    await stack
      .http()
      .post('/email-requests')
      .set('Authorization', stack.bearer('intake-officer'))
      .set('Content-Type', 'text/plain')
      .send('x')
      .expect(415);
    await stack.http().post('/cases').set('Authorization', stack.bearer('supervisor')).expect(405);
    expect(sample(await apiMetrics(), 'entente_http_requests_total', unmatched)).toBe(before + 2);
  });

  it('are served on a port of their own, not by the API to whoever reaches it', async () => {
    await stack.http().get('/metrics').expect(404);
    expect(stack.api.get(MetricsPort).port).toBeGreaterThan(0);
  });
});
