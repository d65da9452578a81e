import { NativeConnection, Worker } from '@temporalio/worker';
import type { CaseActivities, WorkerActivities } from '@entente/workflows';

export interface CaseWorkerOptions {
  readonly connection: NativeConnection;
  readonly namespace: string;
  readonly taskQueue: string;
  /** Case activities; a worker that also runs calendar changes hosts the calendar activities too. */
  readonly activities: CaseActivities | WorkerActivities;
  readonly maxConcurrentActivities?: number;
}

/** The compiled workflows of @entente/workflows, bundled by the worker at start. */
export const WORKFLOWS_PATH = require.resolve('@entente/workflows/dist/workflows');

export function createCaseWorker(options: CaseWorkerOptions): Promise<Worker> {
  return Worker.create({
    connection: options.connection,
    namespace: options.namespace,
    taskQueue: options.taskQueue,
    workflowsPath: WORKFLOWS_PATH,
    activities: options.activities,
    maxConcurrentActivityTaskExecutions: options.maxConcurrentActivities ?? 50,
  });
}
