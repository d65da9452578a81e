import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client as PgClient } from 'pg';
import type { Client } from '@temporalio/client';
import { ApiConfig } from '@entente/api';
import { topicFor } from '@entente/contracts';
import { runMigrations } from '@entente/persistence';
import { DevelopmentTokens, enginesConfig, ensureTopics, jsonLogger, kafkaFor, temporalClient } from '@entente/platform';
import { runDrill, type DrillOutcome } from '../../drill/src/drill';
import { appKilled, engineKilled } from '../../drill/src/faults/kinds';
import { script } from '../../drill/src/faults/processes';
import { seeded } from '../../drill/src/faults/schedule';
import { markdown } from '../../drill/src/report/results';
import { unmetCommands } from '../../drill/src/tally/tally';
import { AppProcess, type AppName } from '../support/app-process';
import { freePort } from '../support/free-port';

/*
 * Issue 17, item 7, the drill's short version: a steady load of e-mail cases through the API,
 * the worker killed with SIGKILL (its supervisor starts it again), then the broker killed and
 * started again by the project's script, a minute each. Every answered command's event is on the
 * topic and in the read model once, no workflow is left running, and the auditors' checks pass.
 * A broker of its own (the shared one serves the other files), the test engines otherwise.
 */

const BROKER_SCRIPT = resolve(__dirname, '../../infra/kafka/private-broker.sh');
const BROKER_PORT = '49094';
const folder = mkdtempSync(join(tmpdir(), 'entente-drill-'));
// Never a synchronous child: the drill's client shares this event loop, and its clock would stop.
const broker = (action: 'up' | 'down') => script(BROKER_SCRIPT, [action, folder, BROKER_PORT]);
let brokerPid = 0;
const startBroker = async () => {
  brokerPid = Number((await broker('up')).trim().split('\n').at(-1));
};

const run = randomUUID().slice(0, 8);
const engines = { ...enginesConfig(), kafkaBrokers: [`127.0.0.1:${BROKER_PORT}`] };
const kafka = kafkaFor(
  engines,
  '-drill-test',
  jsonLogger('test', () => undefined),
);
const deployment = {
  KAFKA_BROKERS: engines.kafkaBrokers.join(','),
  DATABASE_SCHEMA: `t_drill_${run}`,
  TEMPORAL_TASK_QUEUE: `t-drill-${run}`,
  KAFKA_TOPIC_PREFIX: `t-drill-${run}`,
  PROJECTOR_GROUP_ID: `t-drill-${run}`,
};
const apps: AppProcess[] = [];
let api: AppProcess;
let temporal: Client;
let outcome: DrillOutcome;
const seed = Date.now() % 2 ** 31;

async function startApp(app: AppName, env: Record<string, string>): Promise<AppProcess> {
  const started = await AppProcess.start(app, { ...process.env, ...deployment, ...env }, { supervised: true });
  apps.push(started);
  return started;
}

beforeAll(async () => {
  await startBroker();
  await runMigrations(engines.databaseUrl, deployment.DATABASE_SCHEMA);
  await ensureTopics(kafka, deployment.KAFKA_TOPIC_PREFIX);
  const [workerPort, projectorPort, apiPort] = [await freePort(), await freePort(), await freePort()];
  const worker = await startApp('worker', { WORKER_PORT: String(workerPort) });
  await startApp('projector', { PROJECTOR_PORT: String(projectorPort) });
  api = await startApp('api', { API_PORT: String(apiPort) });
  temporal = await temporalClient(engines, {});
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  const { oidcIssuer, oidcAudience } = new ApiConfig(process.env);
  const faults = [
    appKilled('worker-killed', async () => worker.pid, `http://127.0.0.1:${workerPort}/health`),
    engineKilled('broker-killed', async () => brokerPid, 10_000, startBroker),
  ];
  outcome = await runDrill(
    {
      apiUrl,
      tokens: new DevelopmentTokens(oidcIssuer, oidcAudience),
      kafka,
      topic: topicFor('email-request', deployment.KAFKA_TOPIC_PREFIX),
      databaseUrl: engines.databaseUrl,
      schema: deployment.DATABASE_SCHEMA,
      temporal,
      auditEnv: { ...deployment, DATABASE_URL: engines.databaseUrl },
    },
    faults,
    {
      casesPerSecond: 2,
      schedule: { phaseMs: 60_000, strikeBetweenMs: [10_000, 25_000], random: seeded(seed) },
      retry: { attemptTimeoutMs: 20_000, pauseMs: 1_000, giveUpMs: 240_000 },
    },
    jsonLogger('drill', () => undefined),
  );
}, 600_000);

afterAll(async () => {
  // What the drill found, and the API's faults, in the run's output: a failing run says what broke.
  if (outcome)
    process.stderr.write(
      `${markdown(outcome, { command: 'short drill', seed, casesPerSecond: 2, phaseSeconds: 60, downSeconds: 10, minutes: 3 }, 'today')}\n`,
    );
  process.stderr.write(
    api
      .errorLines()
      .map((line) => `${line}\n`)
      .join(''),
  );
  for (const app of apps.reverse()) await app.stop();
  await temporal?.connection.close();
  await broker('down');
  rmSync(folder, { recursive: true, force: true });
  const database = new PgClient({ connectionString: engines.databaseUrl });
  await database.connect();
  await database.query(`DROP SCHEMA IF EXISTS "${deployment.DATABASE_SCHEMA}" CASCADE`);
  await database.end();
});

const row = (fault: string) => outcome.rows.find((candidate) => candidate.fault === fault)!;

it('answers every command in the end, and refuses none that was retried under its key', () => {
  const whole = row('whole run');
  expect(whole.sent).toBeGreaterThan(100);
  expect(unmetCommands(whole)).toEqual({ unanswered: 0, refused: 0, answered500: 0 });
  expect(whole.answered).toBe(whole.sent);
});

it('loses nothing and applies nothing twice, through a worker killed and a broker killed', () => {
  const whole = row('whole run');
  expect({ lost: whole.lost, forked: whole.forkedInKafka, twiceInReadModel: whole.duplicatedInReadModel }).toEqual({
    lost: 0,
    forked: 0,
    twiceInReadModel: 0,
  });
  expect(outcome.stuckWorkflows).toBe(0);
});

it('publishes each event once across the broker outage', () => {
  expect(row('broker-killed').duplicatedInKafka).toBe(0);
});

it('leaves a history the auditors verify and rebuild to the same read models', () => {
  expect({ ...outcome.verdicts, failures: outcome.failures }).toEqual({ verify: 'passed', rebuild: 'passed', failures: [] });
});
