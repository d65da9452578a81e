import { execFile } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The app a supervisor (infra/lib/supervise.sh) runs: its only child. */
export async function supervisedApp(supervisorPid: number): Promise<number> {
  const { stdout } = await run('pgrep', ['-P', String(supervisorPid)]);
  const [pid] = stdout.trim().split('\n').map(Number);
  if (!pid) throw new Error(`supervisor ${supervisorPid} runs no app`);
  return pid;
}

/** `kill -<signal> <pid>`; a process already gone is not an error. */
export function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}

/** Resolves once `check` holds, polling every 250 ms; rejects after `withinMs`. */
export async function until(what: string, check: () => Promise<boolean>, withinMs = 180_000): Promise<void> {
  const deadline = Date.now() + withinMs;
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${withinMs / 1000} s`);
    await sleep(250);
  }
}

/** An app's `GET /health`, whatever its status code (`degraded` answers 503). */
export async function healthOf(url: string): Promise<{ status?: string; quarantinedCount?: number }> {
  const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
  return (await response.json()) as { status?: string };
}

/** Up: `ok`, or `degraded` (a projector with a message set aside still applies the rest). */
export async function healthy(url: string): Promise<boolean> {
  return ['ok', 'degraded'].includes((await healthOf(url)).status ?? '');
}

/** Runs a command of the project's (engines.sh, private-broker.sh), its output kept out of the drill's. */
export async function script(file: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const { stdout } = await run('bash', [file, ...args], { env, maxBuffer: 1 << 20 });
  return stdout;
}

/** Runs one of the project's Node command-line tools (ensure-topics, migrate) to its end. */
export async function nodeScript(file: string, env: NodeJS.ProcessEnv): Promise<void> {
  await run(process.execPath, [file], { env, maxBuffer: 1 << 20 });
}
