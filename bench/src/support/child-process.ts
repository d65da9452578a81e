import { ChildProcess, fork } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from '@entente/platform';
import type { Stoppable } from '../fixtures';

export interface ChildOptions {
  /** For logs and errors: api, worker, projector... */
  readonly name: string;
  readonly script: string;
  readonly env: Readonly<Record<string, string>>;
  /** The child's stdout and stderr go straight to this file: the bench process never relays them. */
  readonly logFile: string;
  /** A line of the child's log that says it is ready. */
  readonly ready: RegExp;
  readonly execArgv?: readonly string[];
  readonly readyWithinMs?: number;
  readonly log: Logger;
}

/**
 * An app in a process of its own, as `npm start` runs them (apps.sh), started and stopped by the
 * bench by its pid only. Has an IPC channel, which the bench's own worker processes answer on.
 */
export class ChildApp implements Stoppable {
  private constructor(
    private readonly options: ChildOptions,
    private child: ChildProcess,
  ) {}

  static async start(options: ChildOptions): Promise<ChildApp> {
    const [child, logStart] = forked(options);
    const app = new ChildApp(options, child);
    await app.waitFor(logStart);
    return app;
  }

  /** The `number`th process of the same app (another worker on the same task queue), with a log file of its own. */
  static another(options: ChildOptions, number: number): Promise<ChildApp> {
    return ChildApp.start({ ...options, name: `${options.name} ${number}`, logFile: options.logFile.replace(/\.log$/, `-${number}.log`) });
  }

  get name(): string {
    return this.options.name;
  }

  get pid(): number {
    return this.child.pid!;
  }

  /** Stopped, then started again as it was (a deployment's restart): a worker restarted holds no workflow in its cache. */
  async restart(): Promise<void> {
    await this.stop();
    const [child, logStart] = forked(this.options);
    this.child = child;
    await this.waitFor(logStart);
  }

  /** Sends a request on the IPC channel and resolves with the first reply of the same type. */
  ask<Reply>(request: { readonly type: string } & Record<string, unknown>): Promise<Reply> {
    return new Promise((resolve, reject) => {
      const onMessage = (reply: { type?: string }) => {
        if (reply.type !== request.type) return;
        this.child.off('message', onMessage);
        resolve(reply as Reply);
      };
      this.child.on('message', onMessage);
      this.child.send(request, (error) => error && reject(error));
    });
  }

  /** SIGTERM (the apps shut down cleanly on it), then SIGKILL after 30 s. */
  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    const started = performance.now();
    this.child.kill('SIGTERM');
    const killed = (await Promise.race([exited, sleep(30_000, 'timeout', { ref: false })])) === 'timeout';
    if (killed) {
      this.child.kill('SIGKILL');
      await exited;
    }
    this.options.log.info('app stopped', { app: this.name, pid: this.pid, seconds: (performance.now() - started) / 1000, killed });
  }

  /** Until the log, from `from` on, says the app is ready; it fails with the log's end if the app exits or takes too long. */
  private async waitFor(from: number): Promise<void> {
    const { ready, logFile, readyWithinMs = 120_000 } = this.options;
    const deadline = Date.now() + readyWithinMs;
    for (;;) {
      const log = readFileSync(logFile).subarray(from).toString('utf8');
      if (ready.test(log)) return;
      const gone = this.child.exitCode !== null || this.child.signalCode !== null;
      if (gone || Date.now() > deadline) {
        await this.stop();
        const tail = log.split('\n').slice(-15).join('\n');
        throw new Error(`${this.name} ${gone ? 'exited' : 'not ready in time'}; end of ${logFile}:\n${tail}`);
      }
      await sleep(200);
    }
  }
}

/** The app's process, its output appended to its log file, and where in that file this start's output begins. */
function forked(options: ChildOptions): [ChildProcess, number] {
  const out = openSync(options.logFile, 'a');
  const logStart = readFileSync(options.logFile).length;
  const child = fork(options.script, [], {
    env: { ...process.env, ...options.env },
    execArgv: [...(options.execArgv ?? [])],
    stdio: ['ignore', out, out, 'ipc'],
  });
  closeSync(out);
  return [child, logStart];
}
