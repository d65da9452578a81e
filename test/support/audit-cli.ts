import { join } from 'node:path';
import { CliRun, runCli } from './cli-process';

const CLI = join(__dirname, '../../apps/audit/dist/main.js');

/** The auditors' CLI, as a process of its own: the API it calls may run in this very process. */
export function runAuditCli(env: Record<string, string>, ...args: string[]): Promise<CliRun> {
  return runCli(CLI, env, ...args);
}
