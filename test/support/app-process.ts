import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { resolve } from 'node:path';
import type { Env } from '@entente/platform';

const SUPERVISOR = resolve(__dirname, '../../infra/lib/supervise.sh');

/** The apps a test runs as processes of their own, as `npm start` does (infra/bin/apps.sh). */
export type AppName = 'worker' | 'notifier' | 'projector' | 'api';

/** What an app needs beyond the test's env: the tests start their own runs of the worker's schedules. */
const APP_DEFAULTS: Readonly<Record<AppName, Env>> = {
  worker: { RETENTION_SCHEDULE: 'false', DIGEST_SCHEDULE: 'false', PERSON_INDEX_BACKFILL: 'false' },
  notifier: {},
  projector: { PROJECTOR_RUN_MIGRATIONS: 'false' },
  api: {},
};

/** The line each app logs once it serves. */
const READY: Readonly<Record<AppName, string>> = {
  worker: '"worker started"',
  notifier: '"notifier started"',
  projector: '"projector listening"',
  api: '"api started"',
};

/** An app's process, built by `tsc -b` (as `npm test` does first), for a test that kills it as a crash would. */
export class AppProcess {
  private readonly exit: Promise<NodeJS.Signals | number | null>;

  private constructor(
    private readonly child: ChildProcess,
    readonly logs: string[],
    private readonly app: AppName,
  ) {
    this.exit = once(child, 'exit').then(([code, signal]) => (signal as NodeJS.Signals | null) ?? (code as number | null));
  }

  /**
   * Resolves once the app has said it started; rejects if it exits first. `supervised`: under
   * infra/lib/supervise.sh, as `npm start` runs it, which starts it again when it dies.
   */
  static async start(app: AppName, env: Env, { supervised = false } = {}): Promise<AppProcess> {
    const main = resolve(__dirname, `../../apps/${app}/dist/main.js`);
    const [file, args] = supervised ? ['bash', [SUPERVISOR, app, process.execPath, main]] : [process.execPath, [main]];
    const child = spawn(file, args, { env: { ...APP_DEFAULTS[app], ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const running = new AppProcess(child, [], app);
    const started = new Promise<void>((ready, failed) => {
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        running.logs.push(chunk);
        if (chunk.includes(READY[app])) ready();
      });
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => running.logs.push(chunk));
      void running.exit.then((how) => failed(new Error(`${app} exited (${how}) before it started:\n${running.logs.join('')}`)));
    });
    await started;
    return running;
  }

  /** The lines it logged at level error: what a failing test shows of it. */
  errorLines(): string[] {
    return this.logs
      .join('')
      .split('\n')
      .filter((line) => line.includes('"level":"error"'));
  }

  /** The process's own pid: the supervisor's, when supervised. */
  get pid(): number {
    return this.child.pid!;
  }

  /** How many times the app has said it started: more than once under a supervisor that restarted it. */
  get starts(): number {
    return this.startLines().length;
  }

  /** The port of its `GET /health`, as its latest start named it. */
  get healthPort(): number {
    const latest = this.startLines().at(-1);
    const port = latest && (JSON.parse(latest) as { health?: number }).health;
    if (!port) throw new Error(`${this.app} has not named its health port`);
    return port;
  }

  /** Under a supervisor: SIGKILL to the app itself, as the OOM killer or `kill -9` would send it. */
  killApp(): void {
    const pids = execFileSync('pgrep', ['-P', String(this.child.pid)], { encoding: 'utf8' })
      .trim()
      .split('\n');
    pids.forEach((pid) => process.kill(Number(pid), 'SIGKILL'));
  }

  get exited(): boolean {
    return this.child.exitCode !== null || this.child.signalCode !== null;
  }

  /** Resolves when the process ends by itself, with the signal it died of or its exit code. */
  ended(): Promise<NodeJS.Signals | number | null> {
    return this.exit;
  }

  /** SIGKILL: no shutdown hook runs, nothing in flight completes. Resolves with the signal it died of. */
  async kill(): Promise<NodeJS.Signals | number | null> {
    return this.end('SIGKILL');
  }

  /** SIGTERM, as `npm stop` ends it. */
  async stop(): Promise<void> {
    await this.end('SIGTERM');
  }

  private startLines(): string[] {
    return this.logs
      .join('')
      .split('\n')
      .filter((line) => line.includes(READY[this.app]));
  }

  private async end(signal: NodeJS.Signals): Promise<NodeJS.Signals | number | null> {
    if (!this.exited) this.child.kill(signal);
    return this.exit;
  }
}
