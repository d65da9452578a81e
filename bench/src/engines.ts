import { execFile, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { engineExports, enginesConfig, EnginesConfig, Logger } from '@entente/platform';
import { fromRoot } from './paths';

const run = promisify(execFile);

/** The bench profile's engines (infra/lib/common.sh), never dev's or test's. */
export const PROFILE = 'bench';

export interface BenchEngines extends EnginesConfig {
  /** True when this run started them: only then does it stop them. */
  readonly startedHere: boolean;
  /** The profile's data folder: the apps' logs go to its logs/. */
  readonly dataDir: string;
  /** The `--sqlite-pragma` values the running Temporal dev server was started with. */
  readonly temporalPragmas: readonly string[];
}

const ENGINES_SH = fromRoot('infra', 'bin', 'engines.sh');

/** status and env: their output is read. */
const ask = (action: 'status' | 'env') => run('bash', [ENGINES_SH, action, PROFILE], { maxBuffer: 1 << 20 });

/** up and down: their progress (a first `up` may build the engines for minutes) goes to our stderr, stdout being the table's. */
function change(action: 'up' | 'down'): Promise<void> {
  return new Promise((resolve, reject) => {
    spawn('bash', [ENGINES_SH, action, PROFILE], { stdio: ['ignore', 2, 2] })
      .on('error', reject)
      .on('exit', (code) => {
        if (code === 0) resolve();
        else reject(new Error(`engines.sh ${action} ${PROFILE} exited with ${code}`));
      });
  });
}

/** `engines.sh up bench` (idempotent), then the addresses from `engines.sh env bench`. */
export async function bringUpEngines(log: Logger): Promise<BenchEngines> {
  const wereUp = await ask('status').then(
    () => true,
    () => false,
  );
  log.info(wereUp ? 'engines already up' : 'starting engines', { profile: PROFILE });
  await change('up');
  const env = engineExports((await ask('env')).stdout);
  const dataDir = process.env.ENTENTE_DATA_DIR ?? fromRoot('.entente', PROFILE);
  return { ...enginesConfig(env), startedHere: !wereUp, dataDir, temporalPragmas: temporalPragmas(dataDir) };
}

/** Stops the engines only if this run started them; somebody else's stay up. */
export async function stopEnginesStartedHere(bench: BenchEngines, log: Logger): Promise<void> {
  if (!bench.startedHere) return;
  log.info('stopping the engines this run started', { profile: PROFILE });
  await change('down');
}

/** Read from the server's own command line, so that the report states what really ran. */
function temporalPragmas(dataDir: string): string[] {
  try {
    const pid = readFileSync(`${dataDir}/run/temporal.pid`, 'utf8').trim();
    const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    return args.flatMap((arg, index) => (arg === '--sqlite-pragma' && args[index + 1] ? [args[index + 1]!] : []));
  } catch {
    return [];
  }
}

/** The variables the apps read (libs/platform engines.config), pointing at the bench engines. */
export function appEnv(bench: BenchEngines, extra: Record<string, string> = {}): Record<string, string> {
  return {
    DATABASE_URL: bench.databaseUrl,
    KAFKA_BROKERS: bench.kafkaBrokers.join(','),
    TEMPORAL_ADDRESS: bench.temporalAddress,
    TEMPORAL_NAMESPACE: bench.temporalNamespace,
    SMTP_HOST: bench.smtpHost,
    SMTP_PORT: String(bench.smtpPort),
    // Beside a running `npm start`: health servers on free ports.
    WORKER_PORT: '0',
    NOTIFIER_PORT: '0',
    ...extra,
  };
}
