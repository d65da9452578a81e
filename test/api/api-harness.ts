import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import type { INestApplication } from '@nestjs/common';
import { NativeConnection, Worker } from '@temporalio/worker';
import type { Client } from '@temporalio/client';
import type { DataConverter } from '@temporalio/common';
import type { Producer } from 'kafkajs';
import { caseTopics } from '@entente/contracts';
import { TEAMS, type Role, type Team } from '@entente/domain';
import { createDataSource, currentCalendar, declarationOfServices, PostgresPersonIndex, runMigrations } from '@entente/persistence';
import type { DataSource } from 'typeorm';
import {
  blindIndexKey,
  caseDataConverter,
  connectionUrlOf,
  enginesConfig,
  ensureTopics,
  eventProducer,
  jsonLogger,
  kafkaFor,
  temporalClient,
  temporalTransport,
} from '@entente/platform';
import {
  calendarActivities,
  caseActivities,
  createCaseWorker,
  digestActivities,
  personIndexActivities,
  retentionActivities,
  WorkerConfig,
} from '@entente/worker';
import type { WorkerActivities } from '@entente/workflows';
import { createProjectorApp } from '../../apps/projector/src/projector.app';
import { createApiApp } from '../../apps/api/src';
import { bearerFor } from '../support/bearer';
import { eventually } from '../projector/projector-harness';
import { testVerificationKey } from '../support/command-proofs';
import { testDataConverter, testKek, testKeyStore } from '../support/payload-keys';
import { caseWorkflowsOfTheRun } from '../support/workflow-bundle';

const quiet = () => jsonLogger('test', () => undefined);
/** The API's faults (an answer 500) reach the test's output: a failing run says what broke. */
const faultsOnly = () => jsonLogger('api', (line) => process.stderr.write(line), 'error');

/**
 * The API's 5 s bound on a command is for people; on two cores shared by the whole suite and a
 * browser, a first workflow task can take longer. A test of the bound sets its own
 * (command-bounds, worker-crash); the others test what the command does, not the machine's speed.
 */
const COMMAND_BOUND_UNDER_LOAD = { COMMAND_TIMEOUT_MS: '20000' };

/** `GET /cases/:id` as the tests read it. */
export interface CaseDetailBody {
  readonly status: string;
  readonly timeline: ReadonlyArray<{
    type: string;
    sequence: number;
    actor: object;
    correlationId: string;
    occurredAt: string;
    data: unknown;
  }>;
  readonly [field: string]: unknown;
}

/** Lets a test wrap the worker's real activities: hold one, say. */
export type ActivitiesAround = (real: WorkerActivities) => WorkerActivities;

/**
 * The whole path in one process on the real engines: a worker on a task queue of its own, a
 * projector into a fresh schema with its own consumer group, and the API pointed at both.
 */
export class ApiStack {
  readonly run = randomUUID().slice(0, 8);
  readonly engines = enginesConfig();
  readonly schema = `t_api_${this.run}`;
  readonly taskQueue = `t-api-${this.run}`;
  /**
   * Topics of its own: on shared ones every stack's projector would read every other's cases, and
   * a holiday or a retention run in one file would act on another file's running cases.
   */
  readonly topicPrefix = `t-api-${this.run}`;
  /** Where the nightly retention run deposits this run's cases to the archives. */
  readonly archivesDir = join(tmpdir(), `entente-archives-${this.run}`);
  api!: INestApplication;
  temporal!: Client;
  /** The apps' codec on this run's keys: what the test's client and the in-process worker use. */
  dataConverter!: DataConverter;
  private producer!: Producer;
  private connection!: NativeConnection;
  private worker!: Worker;
  private running!: Promise<void>;
  /** The in-process projector: its `GET /metrics` and `/health`. */
  projector!: INestApplication;
  private database!: DataSource;
  /** The in-process worker's, as the worker's own role. */
  private workerDatabase!: DataSource;
  private inProcessWorker = true;

  constructor(
    private readonly around: ActivitiesAround = (real) => real,
    /** The API's own settings beyond the run's schema and task queue (a lower command bound, say). */
    private readonly apiEnv: Readonly<Record<string, string>> = {},
  ) {}

  /** Without the in-process worker: the test runs the worker as a process of its own, on `taskQueue` and `schema`. */
  static withoutWorker(apiEnv: Readonly<Record<string, string>> = {}): ApiStack {
    const stack = new ApiStack(undefined, apiEnv);
    stack.inProcessWorker = false;
    return stack;
  }

  async start(): Promise<void> {
    await runMigrations(this.engines.databaseUrl, this.schema);
    this.database = await createDataSource({ databaseUrl: this.engines.databaseUrl, schema: this.schema }).initialize();
    const asWorker = connectionUrlOf(new WorkerConfig(process.env));
    this.workerDatabase = await createDataSource({ databaseUrl: asWorker, schema: this.schema }).initialize();
    this.dataConverter = testDataConverter(this.database);
    await ensureTopics(kafkaFor(this.engines, '-api-test', quiet()), this.topicPrefix);
    this.producer = eventProducer(kafkaFor(this.engines, '-api-test', quiet()));
    await this.producer.connect();
    this.connection = await NativeConnection.connect(temporalTransport(this.engines));
    if (this.inProcessWorker) await this.startWorker();
    this.projector = await createProjectorApp(
      { ...process.env, ...this.deployment(), PROJECTOR_GROUP_ID: `t-api-${this.run}`, PROJECTOR_RUN_MIGRATIONS: 'false' },
      quiet(),
    );
    this.api = await createApiApp({
      env: { ...COMMAND_BOUND_UNDER_LOAD, ...this.apiEnv, ...this.deployment() },
      log: faultsOnly(),
    });
    this.temporal = await temporalClient(this.engines, this.dataConverter);
  }

  /** What sets an app (in this process or its own) on this run's schema, task queue and topics. */
  deployment(): Record<string, string> {
    return { DATABASE_SCHEMA: this.schema, TEMPORAL_TASK_QUEUE: this.taskQueue, KAFKA_TOPIC_PREFIX: this.topicPrefix };
  }

  /** Stops what started, in reverse, and leaves no running workflow or schema behind. */
  async stop(): Promise<void> {
    await this.api?.close();
    await this.projector?.close();
    await this.terminateOpenCases();
    this.worker?.shutdown();
    await this.running;
    await this.connection?.close();
    await this.producer?.disconnect();
    await this.deleteTopics();
    await this.temporal?.connection.close();
    await this.workerDatabase?.destroy();
    await this.database?.query(`DROP SCHEMA IF EXISTS "${this.schema}" CASCADE`);
    rmSync(this.archivesDir, { recursive: true, force: true });
    await this.database?.destroy();
  }

  /** One key store for the worker's codec and its sealing of personal fields, as the worker process has. */
  private async startWorker(): Promise<void> {
    const keys = testKeyStore(this.workerDatabase);
    const people = { index: new PostgresPersonIndex(this.workerDatabase), key: blindIndexKey(testKek()) };
    this.worker = await createCaseWorker({
      connection: this.connection,
      namespace: this.engines.temporalNamespace,
      taskQueue: this.taskQueue,
      commandVerificationKey: testVerificationKey(),
      dataConverter: caseDataConverter(keys),
      workflowBundle: caseWorkflowsOfTheRun(),
      activities: this.around({
        ...caseActivities({ producer: this.producer, topicPrefix: this.topicPrefix }, keys, people, this.clockSources()),
        ...calendarActivities(this.workerDatabase.manager),
        ...retentionActivities(this.workerDatabase.manager, keys, this.archivesDir),
        ...personIndexActivities(this.workerDatabase.manager, keys, people),
        ...digestActivities(this.workerDatabase.manager, this.clockSources().calendar),
      }),
    });
    this.running = this.worker.run();
  }

  /** Like the worker's: the declaration and calendar as administrators published them, in this run's schema. */
  private clockSources() {
    const { manager } = this.workerDatabase;
    return { standards: () => declarationOfServices(manager), calendar: () => currentCalendar(manager) };
  }

  http() {
    return request(this.api.getHttpServer());
  }

  /**
   * An Authorization header for an actor of this role (a run-unique one unless named), working in
   * every team unless told which (a test of a case type's rules is not a test of the read policy),
   * with a token from the test profile's provider, asked once per person and run.
   */
  bearer(role: Role, sub = `${role}-${this.run}`, teams: readonly Team[] = TEAMS): string {
    return bearerFor(this.api, { sub, role, teams });
  }

  /** Takes an e-mail request to its answer, which closes it, and waits until the read model shows it ended. */
  async answerEmailRequest(caseId: string, officerId = `case-officer-${this.run}`): Promise<void> {
    const send = (step: string, bearer: string, body: object) =>
      this.http().post(`/email-requests/${caseId}/${step}`).set('Authorization', bearer).send(body).expect(200);
    await send('assign', this.bearer('supervisor'), { officerId });
    await send('answer', this.bearer('case-officer', officerId), { answer: 'Voici les critères.' });
    await this.readModel(caseId, (body) => body.status === 'answered' && body.endedAt !== null);
  }

  /** The read model trails the commands: polls the case until `accept` holds. */
  readModel(caseId: string, accept: (body: CaseDetailBody) => boolean): Promise<CaseDetailBody> {
    return eventually(`case ${caseId} in the read model`, async () => {
      // A supervisor of every team reads every case, personal fields shown (an auditor's are masked).
      const response = await this.http()
        .get(`/cases/${caseId}`)
        .set('Authorization', this.bearer('supervisor', `reader-${this.run}`));
      return response.status === 200 && accept(response.body) ? (response.body as CaseDetailBody) : undefined;
    });
  }

  /** Open cases would wait for ever on a task queue that no worker polls any more. */
  private async deleteTopics(): Promise<void> {
    if (!this.producer) return;
    const admin = kafkaFor(this.engines, '-api-test', quiet()).admin();
    await admin.connect();
    try {
      await admin.deleteTopics({ topics: caseTopics(this.topicPrefix).map((topic) => topic.name) });
    } finally {
      await admin.disconnect();
    }
  }

  private async terminateOpenCases(): Promise<void> {
    const query = `TaskQueue = '${this.taskQueue}' AND ExecutionStatus = 'Running'`;
    for await (const execution of this.temporal.workflow.list({ query })) {
      await this.temporal.workflow.getHandle(execution.workflowId).terminate('end of the API end-to-end test');
    }
  }
}
