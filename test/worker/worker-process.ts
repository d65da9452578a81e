import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { resolve } from 'node:path';
import type { Env } from '@entente/platform';

/** The worker as `npm start` runs it (infra/bin/apps.sh): built by `tsc -b`, as `npm test` does first. */
const WORKER_MAIN = resolve(__dirname, '../../apps/worker/dist/main.js');

/** A worker process of its own, for a test that kills it as a crash would. */
export class WorkerProcess {
  private constructor(
    private readonly child: ChildProcess,
    readonly logs: string[],
  ) {}

  /** Resolves once the worker has said it started; rejects if it exits first. */
  static async start(env: Env): Promise<WorkerProcess> {
    // The tests start their own runs of the retention schedule: no nightly one on the shared engines.
    const child = spawn(process.execPath, [WORKER_MAIN], {
      env: { RETENTION_SCHEDULE: 'false', PERSON_INDEX_BACKFILL: 'false', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const worker = new WorkerProcess(child, []);
    const started = new Promise<void>((ready, failed) => {
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        worker.logs.push(chunk);
        if (chunk.includes('"worker started"')) ready();
      });
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => worker.logs.push(chunk));
      child.once('exit', (code, signal) =>
        failed(new Error(`worker exited (${signal ?? code}) before it started:\n${worker.logs.join('')}`)),
      );
    });
    await started;
    return worker;
  }

  get exited(): boolean {
    return this.child.exitCode !== null || this.child.signalCode !== null;
  }

  /** SIGKILL: no shutdown hook runs, nothing in flight completes. Resolves with the signal it died of. */
  async kill(): Promise<NodeJS.Signals | null> {
    return this.end('SIGKILL');
  }

  /** SIGTERM, as `npm stop` ends it. */
  async stop(): Promise<void> {
    await this.end('SIGTERM');
  }

  private async end(signal: NodeJS.Signals): Promise<NodeJS.Signals | null> {
    if (this.exited) return this.child.signalCode;
    const exit = once(this.child, 'exit');
    this.child.kill(signal);
    const [, died] = (await exit) as [number | null, NodeJS.Signals | null];
    return died;
  }
}
