import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const AUDIT = resolve(__dirname, '../../../apps/audit/dist/main.js');

/** The auditors' verdicts on the system after the drill, as `npm run audit` gives them. */
export interface Verdicts {
  /** `npm run audit -- verify`: every stored chain links and every hash holds. */
  readonly verify: 'passed' | 'failed';
  /** `npm run audit -- rebuild-and-compare`: the read models rebuilt from the topics equal the live ones. */
  readonly rebuild: 'passed' | 'failed';
  /** `npm run audit -- report`, where the stage runs it too: both of the above and every workflow replayed. */
  readonly report?: 'passed' | 'failed';
}

/** Exit 0 is a pass; 1 a finding; anything else an error, which fails too (its output is kept for the log). */
export async function runAudit(args: readonly string[], env: NodeJS.ProcessEnv): Promise<{ passed: boolean; output: string }> {
  try {
    const { stdout } = await run(process.execPath, [AUDIT, ...args], { env: { ...process.env, ...env }, maxBuffer: 16 << 20 });
    return { passed: true, output: stdout };
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    return { passed: false, output: `${stdout}${stderr}`.slice(-4_000) };
  }
}

/**
 * `env`: the deployment's own (DATABASE_URL, DATABASE_SCHEMA, KAFKA_BROKERS, KAFKA_TOPIC_PREFIX),
 * with AUDIT_API_URL and an auditor's AUDIT_API_TOKEN for the API-side verification.
 */
export async function auditVerdicts(env: NodeJS.ProcessEnv): Promise<Verdicts & { readonly failures: string[] }> {
  const verify = await runAudit(['verify'], env);
  const rebuild = await runAudit(['rebuild-and-compare'], env);
  const failures = [verify, rebuild].filter((outcome) => !outcome.passed).map((outcome) => outcome.output);
  return { verify: verify.passed ? 'passed' : 'failed', rebuild: rebuild.passed ? 'passed' : 'failed', failures };
}
