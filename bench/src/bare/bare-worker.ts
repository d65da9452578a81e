import { NativeConnection, Worker } from '@temporalio/worker';
import { enginesConfig, temporalTransport } from '@entente/platform';
import { benchLogger } from '../log';
import { answerProbes } from '../support/worker-probes';

// A worker process for the bare workflows, started by the bench like the case worker (same
// engines, its own task queue), and probed for memory the same way.
const log = benchLogger('bare-worker');

async function main(): Promise<void> {
  const config = enginesConfig();
  const connection = await NativeConnection.connect(temporalTransport(config));
  try {
    const worker = await Worker.create({
      connection,
      namespace: config.temporalNamespace,
      taskQueue: config.temporalTaskQueue,
      workflowsPath: require.resolve('./bare.workflows'),
      // The case worker's bound when the benchmark sets one; else the SDK's, from the heap limit.
      maxCachedWorkflows: cacheBound(process.env.WORKER_MAX_CACHED_WORKFLOWS),
    });
    await answerProbes(worker);
    log.info('worker started', { taskQueue: config.temporalTaskQueue });
    await worker.run();
  } finally {
    await connection.close();
  }
}

function cacheBound(raw: string | undefined): number | undefined {
  return raw === undefined ? undefined : Number(raw);
}

main().catch((error: unknown) => {
  log.error('bare worker failed', { error: error instanceof Error ? error.stack : String(error) });
  process.exit(1);
});
