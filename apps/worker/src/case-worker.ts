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

/**
 * Pure libraries the workflows import: evaluated once per workflow thread and shared, instead of
 * once per cached workflow (the SDK's default). They keep no per-workflow state: their only
 * module-level objects are memo caches of pure functions.
 */
export const SHARED_WORKFLOW_MODULES = ['@entente/domain', '@entente/contracts'];

export function createCaseWorker(options: CaseWorkerOptions): Promise<Worker> {
  return Worker.create({
    connection: options.connection,
    namespace: options.namespace,
    taskQueue: options.taskQueue,
    workflowsPath: WORKFLOWS_PATH,
    bundlerOptions: { preloadModules: SHARED_WORKFLOW_MODULES },
    activities: options.activities,
    maxConcurrentActivityTaskExecutions: options.maxConcurrentActivities ?? 50,
  });
}
