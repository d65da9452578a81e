import type { NativeConnection, Worker } from '@temporalio/worker';
import type { Kafka } from 'kafkajs';
import type { DataSource } from 'typeorm';
import { serveHealthWithBrokers, type HealthServer } from '@entente/platform';

/** What the worker's health names: the engines it needs, and whether it still polls its task queue. */
export interface WorkerDependencies {
  readonly worker: Worker;
  readonly connection: NativeConnection;
  readonly database: DataSource;
  readonly kafka: Kafka;
}

/** `GET /health` on WORKER_HOST:WORKER_PORT: the worker has no HTTP API, and readiness must not read its log. */
export function serveWorkerHealth(
  { port, host }: { readonly port: number; readonly host: string },
  { worker, connection, database, kafka }: WorkerDependencies,
): Promise<HealthServer> {
  return serveHealthWithBrokers(
    port,
    kafka,
    {
      worker: () => (worker.getState() === 'RUNNING' ? Promise.resolve() : Promise.reject(new Error(worker.getState()))),
      temporal: () => connection.workflowService.getSystemInfo({}),
      database: () => database.query('SELECT 1'),
    },
    host,
  );
}
