import { Session } from 'node:inspector';

// The SDK runs workflows in worker threads (one V8 isolate each, `reuseV8Context`), so the main
// thread's process.memoryUsage().heapUsed leaves the workflows' own state out. The inspector's
// NodeWorker domain reaches each thread's isolate from the main thread: collect its garbage, read
// its heap.

interface HeapUsage {
  readonly usedSize: number;
}

/** Heap used by every worker thread of this process, in bytes, each after a full collection. */
/** A worker thread's inspector message: the answer to a request of ours when it has an id. */
type InspectorReply = { id?: number; result?: unknown };

export class ThreadHeaps {
  private readonly session = new Session();
  private readonly threads = new Set<string>();
  private readonly waiting = new Map<number, (result: unknown) => void>();
  private nextId = 0;

  private constructor() {
    this.session.connect();
    this.session.on('NodeWorker.attachedToWorker', ({ params }) => this.threads.add(params.sessionId));
    this.session.on('NodeWorker.detachedFromWorker', ({ params }) => this.threads.delete(params.sessionId));
    this.session.on('NodeWorker.receivedMessageFromWorker', ({ params }) => this.settle(JSON.parse(params.message) as InspectorReply));
  }

  static async watch(): Promise<ThreadHeaps> {
    const heaps = new ThreadHeaps();
    await heaps.post('NodeWorker.enable', { waitForDebuggerOnStart: false });
    return heaps;
  }

  async used(): Promise<number> {
    let total = 0;
    for (const thread of this.threads) {
      await this.ask(thread, 'HeapProfiler.collectGarbage');
      total += ((await this.ask(thread, 'Runtime.getHeapUsage')) as HeapUsage).usedSize;
    }
    return total;
  }

  private ask(sessionId: string, method: string): Promise<unknown> {
    const id = ++this.nextId;
    const answered = new Promise<unknown>((resolve) => this.waiting.set(id, resolve));
    return this.post('NodeWorker.sendMessageToWorker', { sessionId, message: JSON.stringify({ id, method }) }).then(() => answered);
  }

  private settle(message: InspectorReply): void {
    if (message.id === undefined) return; // an event of the thread's, not an answer
    this.waiting.get(message.id)?.(message.result);
    this.waiting.delete(message.id);
  }

  private post(method: string, params: object): Promise<void> {
    return new Promise((resolve, reject) => this.session.post(method, params, (error) => (error ? reject(error) : resolve())));
  }
}
