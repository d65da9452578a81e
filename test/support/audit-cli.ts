import { spawn } from 'node:child_process';
import { join } from 'node:path';

const CLI = join(__dirname, '../../apps/audit/dist/main.js');

export interface AuditRun {
  readonly status: number | null;
  readonly out: string;
  readonly err: string;
}

/**
 * Runs the auditors' CLI (built by `npm test` before Jest runs) as a process of its own. Not
 * spawnSync: the API it calls may run in this very process, and must keep answering meanwhile.
 */
export function runAuditCli(env: Record<string, string>, ...args: string[]): Promise<AuditRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, ...env } });
    let [out, err] = ['', ''];
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('close', (status) => resolve({ status, out, err }));
  });
}
