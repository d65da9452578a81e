import { spawn } from 'node:child_process';

export interface CliRun {
  readonly status: number | null;
  readonly out: string;
  readonly err: string;
}

/**
 * Runs a built command line (`npm test` builds before Jest runs) as a process of its own. Not
 * spawnSync: what it calls may run in this very process, and must keep answering meanwhile.
 */
export function runCli(script: string, env: Record<string, string>, ...args: string[]): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, ...args], { env: { ...process.env, ...env } });
    let [out, err] = ['', ''];
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('close', (status) => resolve({ status, out, err }));
  });
}
