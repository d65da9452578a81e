import { setTimeout as sleep } from 'node:timers/promises';
import { Client as PgClient } from 'pg';
import type { Client } from '@temporalio/client';
import type { DataSource } from 'typeorm';
import { ApiConfig } from '@entente/api';
import { topicFor, TOPICS } from '@entente/contracts';
import { caseKeyStore, createDataSource, runMigrations } from '@entente/persistence';
import {
  caseDataConverter,
  DevelopmentTokens,
  ensureTopics,
  KEY_ENCRYPTION_SETTINGS,
  kafkaFor,
  keyEncryptionKey,
  loadConfig,
  temporalClient,
} from '@entente/platform';
import type { BenchContext, StackContext } from '../benchmark';
import { appEnv, BenchEngines } from '../engines';
import type { Stoppable } from '../fixtures';
import { fromRoot } from '../paths';
import { ChildApp, type ChildOptions } from './child-process';
import { endOffsets } from './kafka';
import { terminateRunning } from './open-workflows';
import { freePort } from './ports';
import { dropSchema } from './schemas';
import { StaffClient } from './staff-client';

export interface WorkerEntry {
  readonly script: string;
  readonly execArgv?: readonly string[];
  /** Beside the stack's own settings (WORKER_MAX_CACHED_WORKFLOWS, say). */
  readonly env?: Readonly<Record<string, string>>;
}

export interface CaseStackOptions {
  /** Part of the schema, task queue and group names: one stack per name and run. */
  readonly name: string;
  readonly projector: boolean;
  /** The worker process: the app's own main unless a benchmark wraps the same activities. */
  readonly worker?: WorkerEntry;
  /** The console's BFF too, whose sign-in the provider knows (`consoleUrl`). */
  readonly console?: boolean;
}

const APP_WORKER: WorkerEntry = { script: fromRoot('apps', 'worker', 'dist', 'main.js') };
const PROJECTION = 'case-read-models';

/**
 * The apps as `npm start` runs them, each in its own process (apps/<app>/dist/main.js), on the bench
 * engines: a schema, task queue and consumer group of their own, the projection starting at the
 * topics' current end (the bench topics hold earlier runs' events).
 */
export class CaseStack implements Stoppable {
  private constructor(
    readonly staff: StaffClient,
    readonly temporal: Client,
    readonly schema: string,
    readonly taskQueue: string,
    readonly worker: ChildApp,
    /** How its worker was started, for another on the same task queue (`addWorker`). */
    private readonly workerOptions: ChildOptions,
    private readonly apps: ChildApp[],
    private readonly databaseUrl: string,
    private readonly keys: DataSource,
    /** Where the console answers, when the options asked for it. */
    readonly consoleUrl?: string,
  ) {}

  static async start(context: StackContext, options: CaseStackOptions): Promise<CaseStack> {
    const { run, engines } = context;
    const schema = `bench_${run}_${options.name.replace(/-/g, '_')}`;
    const taskQueue = `bench-${run}-${options.name}`;
    await ensureTopics(kafkaFor(engines, '-bench-setup'));
    await runMigrations(engines.databaseUrl, schema);
    await startProjectionAtEnd(engines, schema);
    const [apiPort, projectorPort, identityPort, consolePort] = [await freePort(), await freePort(), await freePort(), await freePort()];
    const consoleUrl = `http://127.0.0.1:${consolePort}`;
    const logFile = (app: string) => `${engines.dataDir}/logs/bench-${run}-${options.name}-${app}.log`;
    // The development provider signs the staff's tokens, as in `npm start`.
    const identity = await ChildApp.start({
      name: 'identity',
      script: fromRoot('apps', 'identity', 'dist', 'main.js'),
      env: {
        IDENTITY_PORT: String(identityPort),
        IDENTITY_DATA_DIR: engines.dataDir,
        IDENTITY_DEVELOPMENT_GRANT: 'true',
        IDENTITY_CONSOLE_REDIRECT_URIS: `${consoleUrl}/callback`,
      },
      log: context.log,
      logFile: logFile('identity'),
      ready: /"identity started"/,
    });
    const env = appEnv(engines, {
      OIDC_ISSUER: `http://127.0.0.1:${identityPort}`,
      DATABASE_SCHEMA: schema,
      TEMPORAL_TASK_QUEUE: taskQueue,
      API_PORT: String(apiPort),
      // Beside a running `npm start`: a free port for the API's metrics, none for the Temporal SDK's.
      API_METRICS_PORT: '0',
      TEMPORAL_METRICS_PORT: '0',
      PROJECTOR_PORT: String(projectorPort),
      PROJECTOR_GROUP_ID: taskQueue,
      PROJECTOR_NAME: PROJECTION,
      PROJECTOR_RUN_MIGRATIONS: 'false',
      API_URL: `http://127.0.0.1:${apiPort}`,
      CONSOLE_PORT: String(consolePort),
      CONSOLE_METRICS_PORT: '0',
      CONSOLE_PUBLIC_URL: consoleUrl,
    });
    const worker = options.worker ?? APP_WORKER;
    const workerOptions: ChildOptions = {
      name: 'worker',
      script: worker.script,
      execArgv: worker.execArgv,
      env: { ...env, RETENTION_SCHEDULE: 'false', ...worker.env },
      log: context.log,
      logFile: logFile('worker'),
      ready: /"worker started"/,
    };
    context.log.info('starting the apps', { stack: options.name, schema, taskQueue, logs: logFile('*') });
    const started = await Promise.allSettled([
      ChildApp.start(workerOptions),
      ChildApp.start({
        name: 'api',
        script: fromRoot('apps', 'api', 'dist', 'main.js'),
        env,
        log: context.log,
        logFile: logFile('api'),
        ready: /"api started"/,
      }),
      ...(options.projector
        ? [
            ChildApp.start({
              name: 'projector',
              script: fromRoot('apps', 'projector', 'dist', 'main.js'),
              env,
              log: context.log,
              logFile: logFile('projector'),
              ready: /"partitions positioned at checkpoints"/,
            }),
          ]
        : []),
      ...(options.console
        ? [
            ChildApp.start({
              name: 'console',
              script: fromRoot('apps', 'console', 'dist', 'main.js'),
              env,
              log: context.log,
              logFile: logFile('console'),
              ready: /"console started"/,
            }),
          ]
        : []),
    ]);
    const apps = [identity, ...started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []))];
    const failure = started.find((s): s is PromiseRejectedResult => s.status === 'rejected');
    if (failure) {
      await Promise.all(apps.map((app) => app.stop()));
      throw failure.reason;
    }
    const { oidcIssuer, oidcAudience } = new ApiConfig(env);
    const staff = new StaffClient(`http://127.0.0.1:${apiPort}`, new DevelopmentTokens(oidcIssuer, oidcAudience));
    // The apps' codec on the stack's keys, as every client of the cases must have.
    const keys = await createDataSource({ databaseUrl: engines.databaseUrl, schema }).initialize();
    const dataConverter = caseDataConverter(caseKeyStore(keys, keyEncryptionKey(loadConfig(KEY_ENCRYPTION_SETTINGS, process.env))));
    const client = await temporalClient(engines, dataConverter);
    const consoleAt = options.console ? consoleUrl : undefined;
    return new CaseStack(staff, client, schema, taskQueue, apps[1]!, workerOptions, apps, engines.databaseUrl, keys, consoleAt);
  }

  /** Another worker process on the stack's task queue, as a deployment scales out; stopped with the stack, or sooner by its caller. */
  async addWorker(): Promise<ChildApp> {
    const added = await ChildApp.another(this.workerOptions, this.apps.filter((app) => app.name.startsWith('worker')).length + 1);
    this.apps.push(added);
    return added;
  }

  /** The stack's app processes by name (identity, worker, api, projector, console), for a CPU meter. */
  get processes(): Record<string, number> {
    return Object.fromEntries(this.apps.map((app) => [app.name, app.pid]));
  }

  /** Resolves once the projector has applied every e-mail case event published so far (its checkpoints reach the topic's end). */
  async projectionCaughtUp(engines: BenchEngines): Promise<void> {
    const topic = topicFor('email-request');
    const ends = await endOffsets(kafkaFor(engines, '-bench-setup'), topic);
    const database = new PgClient({ connectionString: this.databaseUrl });
    await database.connect();
    try {
      for (;;) {
        const { rows } = await database.query<{ partition: number; next_offset: string }>(
          `SELECT partition, next_offset FROM "${this.schema}".projection_checkpoint WHERE projection = $1 AND topic = $2`,
          [PROJECTION, topic],
        );
        const at = new Map(rows.map((row) => [row.partition, BigInt(row.next_offset)]));
        if ([...ends].every(([partition, end]) => (at.get(partition) ?? 0n) >= BigInt(end))) return;
        await sleep(100);
      }
    } finally {
      await database.end();
    }
  }

  /** Leaves nothing behind: open cases terminated, the apps stopped (by pid), the schema dropped. */
  async stop(): Promise<void> {
    await terminateRunning(this.temporal, this.taskQueue, 'end of the benchmark');
    for (const app of [...this.apps].reverse()) await app.stop();
    await this.temporal.connection.close();
    await this.keys.destroy();
    await dropSchema(this.databaseUrl, this.schema);
  }
}

/** The API, worker and projector the case benchmarks share (throughput, latency), started on first use. */
export function sharedCaseStack(context: BenchContext): Promise<CaseStack> {
  return context.fixtures.get('case-stack', () => CaseStack.start(context, { name: 'cases', projector: true }));
}

/** Checkpoints at each partition's end: the projector's own rule (start from the stored checkpoint) then skips older runs' events. */
async function startProjectionAtEnd(engines: BenchEngines, schema: string): Promise<void> {
  const kafka = kafkaFor(engines, '-bench-setup');
  const database = new PgClient({ connectionString: engines.databaseUrl });
  await database.connect();
  try {
    for (const { name } of TOPICS) {
      for (const [partition, offset] of await endOffsets(kafka, name)) {
        await database.query(
          `INSERT INTO "${schema}".projection_checkpoint (projection, topic, partition, next_offset, updated_at) VALUES ($1, $2, $3, $4, now())`,
          [PROJECTION, name, partition, offset],
        );
      }
    }
  } finally {
    await database.end();
  }
}
