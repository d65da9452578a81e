import { execFile } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { Client as PgClient } from 'pg';
import { ApiConfig } from '@entente/api';
import { runMigrations } from '@entente/persistence';
import { DevelopmentTokens, enginesConfig, ensureTopics, jsonLogger, kafkaFor } from '@entente/platform';
import { eventually } from '../projector/projector-harness';
import { AppProcess, type AppName } from '../support/app-process';
import { freePort } from '../support/free-port';

/*
 * Issue 18, item 6: one trace from a person's request to the read model. The API, the worker and
 * the projector run as processes of their own, as deployed, each exporting its spans to a real
 * Zipkin server (started by `infra/bin/traces.sh`). A request carrying a trace of the test's own
 * is followed through the HTTP request, the Temporal Update, the workflow, its local activity, the
 * Kafka message's headers and the projector's transaction; the logs carry the trace id.
 */

const TRACES = resolve(__dirname, '../../infra/bin/traces.sh');
const ZIPKIN = 'http://127.0.0.1:19411';
const run = randomUUID().slice(0, 8);
const engines = enginesConfig();
const deployment = {
  DATABASE_SCHEMA: `t_trace_${run}`,
  TEMPORAL_TASK_QUEUE: `t-trace-${run}`,
  KAFKA_TOPIC_PREFIX: `t-trace-${run}`,
  PROJECTOR_GROUP_ID: `t-trace-${run}`,
  TRACES_EXPORTER: 'zipkin',
  ZIPKIN_URL: `${ZIPKIN}/api/v2/spans`,
};
const apps: AppProcess[] = [];
let apiUrl: string;
let api: AppProcess;

async function startApp(app: AppName, env: Record<string, string>): Promise<AppProcess> {
  const started = await AppProcess.start(app, { ...process.env, ...deployment, ...env });
  apps.push(started);
  return started;
}

beforeAll(async () => {
  await promisify(execFile)('bash', [TRACES, 'up', 'test']);
  await runMigrations(engines.databaseUrl, deployment.DATABASE_SCHEMA);
  await ensureTopics(
    kafkaFor(
      engines,
      '-trace-test',
      jsonLogger('test', () => undefined),
    ),
    deployment.KAFKA_TOPIC_PREFIX,
  );
  const [workerPort, projectorPort, apiPort] = [await freePort(), await freePort(), await freePort()];
  await startApp('worker', { WORKER_PORT: String(workerPort) });
  await startApp('projector', { PROJECTOR_PORT: String(projectorPort) });
  api = await startApp('api', { API_PORT: String(apiPort) });
  apiUrl = `http://127.0.0.1:${apiPort}`;
}, 180_000);

afterAll(async () => {
  for (const app of apps.reverse()) await app.stop();
  const database = new PgClient({ connectionString: engines.databaseUrl });
  await database.connect();
  await database.query(`DROP SCHEMA IF EXISTS "${deployment.DATABASE_SCHEMA}" CASCADE`);
  await database.end();
});

interface ZipkinSpan {
  readonly id: string;
  readonly parentId?: string;
  readonly name: string;
  readonly traceId: string;
  readonly localEndpoint?: { serviceName?: string };
}

it('follows one request through the API, the workflow, Kafka and the projector, in one trace', async () => {
  const { oidcIssuer, oidcAudience } = new ApiConfig(process.env);
  const token = await new DevelopmentTokens(oidcIssuer, oidcAudience).token({
    sub: 'trace-intake',
    role: 'intake-officer',
    teams: ['information-services'],
  });
  const traceId = randomBytes(16).toString('hex');
  const response = await fetch(`${apiUrl}/email-requests`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
      traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01`,
    },
    body: JSON.stringify({ sender: { name: null, address: `trace.${run}@example.org` }, subject: 'Traces', body: '?' }),
  });
  expect(response.status).toBe(201);

  const services = (spans: readonly ZipkinSpan[]) => new Set(spans.map(({ localEndpoint }) => localEndpoint?.serviceName));
  const spans = await eventually(
    'the trace in Zipkin with spans of the API, the worker and the projector',
    async () => {
      const answer = await fetch(`${ZIPKIN}/api/v2/trace/${traceId}`);
      const found = answer.ok ? ((await answer.json()) as ZipkinSpan[]) : [];
      const named = services(found);
      return ['entente-api', 'entente-worker', 'entente-projector'].every((service) => named.has(service)) ? found : undefined;
    },
    300,
  );
  // Each a child of the one before: request, Update-with-Start, the workflow's handler, the publishing activity, the projection.
  const chain = ['post /email-requests', 'updatewithstartworkflow:receiveemailrequest', 'handleupdate:receiveemailrequest'];
  const lineage = [...chain, 'runactivity:publishcaseevents', `project t-trace-${run}.email-request.events`];
  const byName = new Map(spans.map((span) => [span.name.toLowerCase(), span]));
  expect(lineage.filter((name) => !byName.has(name))).toEqual([]);
  for (const [parent, child] of chain.slice(1).map((name, index) => [chain[index]!, name])) {
    expect({ child, parentId: byName.get(child!)!.parentId }).toEqual({ child, parentId: byName.get(parent!)!.id });
  }
  const published = byName.get('runactivity:publishcaseevents')!;
  expect(byName.get(lineage.at(-1)!)!.parentId).toBe(published.id);
  expect(spans.every((span) => span.traceId === traceId)).toBe(true);

  const logged = api.logs
    .join('')
    .split('\n')
    .filter((line) => line.includes('"request"') && line.includes('/email-requests'));
  expect(logged.map((line) => (JSON.parse(line) as { traceId?: string }).traceId)).toEqual([traceId]);
});
