import type { Worker } from '@temporalio/worker';
import { ThreadHeaps } from './thread-heaps';

/** What a worker process reports about itself, after a full garbage collection. */
export interface MemoryReading {
  readonly type: 'memory';
  /** The main thread's heap and the workflow threads' heaps together. */
  readonly heapUsed: number;
  /** Of which in the workflow threads: the workflows' own state. */
  readonly workflowHeapUsed: number;
  readonly rss: number;
  /** Workflows the worker keeps in memory (its sticky cache): the open cases it holds. */
  readonly cached: number;
}

/** How many workflows the worker holds, without a garbage collection. */
export interface CacheReading {
  readonly type: 'cached';
  readonly cached: number;
}

export type ProbeRequest = { readonly type: string } & Record<string, unknown>;

/**
 * In a bench worker process: answers the bench's requests on the IPC channel. `memory` and
 * `cached` are built in (the process runs with --expose-gc); other requests go to `handlers` and
 * are acknowledged.
 */
export async function answerProbes(worker: Worker, handlers: Record<string, (request: ProbeRequest) => void> = {}): Promise<void> {
  const threads = await ThreadHeaps.watch();
  // The channel must not keep the process alive once the worker has shut down on SIGTERM.
  process.channel?.unref();
  process.on('message', (request: ProbeRequest) => {
    if (request.type === 'memory') return void memoryReading(worker, threads).then(reply);
    if (request.type === 'cached') return reply({ type: 'cached', cached: worker.getStatus().numCachedWorkflows });
    handlers[request.type]?.(request);
    reply({ type: request.type });
  });
}

async function memoryReading(worker: Worker, threads: ThreadHeaps): Promise<MemoryReading> {
  const workflowHeapUsed = await threads.used();
  // Twice: the first collection can leave objects that only the second frees (weak references).
  globalThis.gc?.();
  globalThis.gc?.();
  const { heapUsed, rss } = process.memoryUsage();
  return { type: 'memory', heapUsed: heapUsed + workflowHeapUsed, workflowHeapUsed, rss, cached: worker.getStatus().numCachedWorkflows };
}

function reply(message: object): void {
  process.send?.(message);
}
