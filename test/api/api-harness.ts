import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { NativeConnection, Worker } from '@temporalio/worker';
import type { Client } from '@temporalio/client';
import type { Producer } from 'kafkajs';
import type { Role } from '@entente/domain';
import { runMigrations, createDataSource } from '@entente/persistence';
import { enginesConfig, eventProducer, jsonLogger, kafkaFor, temporalClient } from '@entente/platform';
import { caseActivities, createCaseWorker } from '@entente/worker';
import { createProjectorApp } from '../../apps/projector/src/projector.app';
import { ApiConfig, createApiApp, signActorToken } from '../../apps/api/src';

const quiet = () => jsonLogger('test', () => undefined);

/**
 * The whole path in one process on the real engines: a worker on a task queue of its own, a
 * projector into a fresh schema with its own consumer group, and the API pointed at both.
 */
export class ApiStack {
  readonly run = randomUUID().slice(0, 8);
  readonly engines = enginesConfig();
  readonly schema = `t_api_${this.run}`;
  readonly taskQueue = `t-api-${this.run}`;
  api!: INestApplication;
  temporal!: Client;
  private producer!: Producer;
  private connection!: NativeConnection;
  private worker!: Worker;
  private running!: Promise<void>;
  private projector!: INestApplication;

  async start(): Promise<void> {
    await runMigrations(this.engines.databaseUrl, this.schema);
    this.producer = eventProducer(kafkaFor(this.engines, '-api-test'));
    await this.producer.connect();
    this.connection = await NativeConnection.connect({ address: this.engines.temporalAddress });
    this.worker = await createCaseWorker({
      connection: this.connection,
      namespace: this.engines.temporalNamespace,
      taskQueue: this.taskQueue,
      activities: caseActivities(this.producer),
    });
    this.running = this.worker.run();
    this.projector = await createProjectorApp(
      { ...process.env, DATABASE_SCHEMA: this.schema, PROJECTOR_GROUP_ID: `t-api-${this.run}`, PROJECTOR_RUN_MIGRATIONS: 'false' },
      quiet(),
    );
    this.api = await createApiApp({ env: { DATABASE_SCHEMA: this.schema, TEMPORAL_TASK_QUEUE: this.taskQueue }, log: quiet() });
    this.temporal = await temporalClient(this.engines);
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
    await this.temporal?.connection.close();
    const database = await createDataSource({ databaseUrl: this.engines.databaseUrl }).initialize();
    await database.query(`DROP SCHEMA IF EXISTS "${this.schema}" CASCADE`);
    await database.destroy();
  }

  token(role: Role, sub: string): string {
    return signActorToken(this.api.get(ApiConfig), { sub, role });
  }

  /** Open cases would wait for ever on a task queue that no worker polls any more. */
  private async terminateOpenCases(): Promise<void> {
    const query = `TaskQueue = '${this.taskQueue}' AND ExecutionStatus = 'Running'`;
    for await (const execution of this.temporal.workflow.list({ query })) {
      await this.temporal.workflow.getHandle(execution.workflowId).terminate('end of the API end-to-end test');
    }
  }
}
