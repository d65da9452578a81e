import type { NativeConnection, Worker } from '@temporalio/worker';
import type { Kafka } from 'kafkajs';
import type { DataSource } from 'typeorm';
import { BrokerCheck, serveHealth, type HealthServer, type Logger } from '@entente/platform';

/** What the worker's health names: the engines it needs, and whether it still polls its task queue. */
export interface WorkerDependencies {
  readonly worker: Worker;
  readonly connection: NativeConnection;
  readonly database: DataSource;
  readonly kafka: Kafka;
}

/** `GET /health` on WORKER_PORT: the worker has no HTTP API, and readiness must not read its log. */
export async function serveWorkerHealth(port: number, dependencies: WorkerDependencies, log: Logger): Promise<HealthServer> {
  const { worker, connection, database, kafka } = dependencies;
  const broker = new BrokerCheck(kafka);
  const server = await serveHealth(port, {
    worker: () => (worker.getState() === 'RUNNING' ? Promise.resolve() : Promise.reject(new Error(worker.getState()))),
    temporal: () => connection.workflowService.getSystemInfo({}),
    kafka: broker.check,
    database: () => database.query('SELECT 1'),
  });
  log.info('health listening', { port: server.port });
  return {
    port: server.port,
    async close() {
      await server.close();
      await broker.close();
    },
  };
}
