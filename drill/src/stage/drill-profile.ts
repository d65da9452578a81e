import { readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Producer } from 'kafkajs';
import { ApiConfig } from '@entente/api';
import { topicFor } from '@entente/contracts';
import {
  DevelopmentTokens,
  engineExports,
  enginesConfig,
  eventProducer,
  jsonLogger,
  kafkaFor,
  temporalClient,
  type Logger,
} from '@entente/platform';
import type { Stage } from '../drill';
import type { Fault, FaultKind } from '../faults/fault';
import { appKilled, brokerFrozen, engineKilled, poisonMessage } from '../faults/kinds';
import { nodeScript, script } from '../faults/processes';

const ROOT = resolve(__dirname, '../../..');
const PROFILE = 'drill';
const DATA = process.env.ENTENTE_DATA_DIR ?? resolve(ROOT, '.entente', PROFILE);
const ENGINES = resolve(ROOT, 'infra/bin/engines.sh');
const APPS_SH = resolve(ROOT, 'infra/bin/apps.sh');
const APPS = ['identity', 'worker', 'projector', 'notifier', 'api'];

/** The apps' ports in this profile: beside a running `npm start` (3000...), never on its ports. */
const PORTS = {
  API_PORT: '3200',
  API_METRICS_PORT: '3201',
  PROJECTOR_PORT: '3202',
  WORKER_PORT: '3203',
  NOTIFIER_PORT: '3204',
  TEMPORAL_METRICS_PORT: '3205',
  CONSOLE_PORT: '3300',
  CONSOLE_METRICS_PORT: '3301',
};
const url = (port: string) => `http://127.0.0.1:${port}/health`;

const pidIn = (file: string) => () => Promise.resolve(Number(readFileSync(resolve(DATA, file), 'utf8').trim().split('\n')[0]));

/**
 * The `drill` profile, as `npm start` runs dev: its own engines and apps (each app under its
 * supervisor), on fresh data each time so that a run's figures are its own.
 */
export class DrillProfile {
  private producer?: Producer;

  private constructor(
    readonly env: NodeJS.ProcessEnv,
    private readonly log: Logger,
  ) {}

  static async start(log: Logger): Promise<DrillProfile> {
    log.info('fresh drill profile: stopping and clearing what an earlier run left', { data: DATA });
    await script(APPS_SH, ['down', PROFILE]).catch(() => '');
    await script(ENGINES, ['down', PROFILE]);
    rmSync(DATA, { recursive: true, force: true });
    log.info('starting the engines (the first time builds them: minutes)', { profile: PROFILE });
    await script(ENGINES, ['up', PROFILE]);
    const env = { ...process.env, ...engineExports(await script(ENGINES, ['env', PROFILE])), ...PORTS };
    for (const cli of ['libs/platform/dist/cli/ensure-topics.js', 'libs/persistence/dist/cli/migrate.js']) {
      await nodeScript(resolve(ROOT, cli), env);
    }
    log.info('starting the apps under their supervisors', { apps: APPS });
    await script(APPS_SH, ['up', PROFILE, ...APPS], env);
    return new DrillProfile(env, log);
  }

  async stage(): Promise<Stage> {
    const engines = enginesConfig(this.env);
    const kafka = kafkaFor(
      engines,
      '-drill',
      jsonLogger('kafka', () => undefined),
    );
    const { oidcIssuer, oidcAudience } = new ApiConfig(this.env);
    return {
      apiUrl: `http://127.0.0.1:${PORTS.API_PORT}`,
      tokens: new DevelopmentTokens(oidcIssuer, oidcAudience),
      kafka,
      topic: topicFor('email-request'),
      databaseUrl: engines.databaseUrl,
      schema: this.env.DATABASE_SCHEMA ?? 'public',
      temporal: await temporalClient(engines, {}),
      auditEnv: this.env,
    };
  }

  /** Every fault the drill knows, on this profile's processes. */
  async faults(stage: Stage, downMs: number): Promise<Record<FaultKind, Fault>> {
    this.producer = eventProducer(stage.kafka);
    await this.producer.connect();
    const restartEngines = async () => {
      this.log.info('engines.sh up drill');
      await script(ENGINES, ['up', PROFILE]);
    };
    return {
      'worker-killed': appKilled('worker-killed', pidIn('run/worker.pid'), url(PORTS.WORKER_PORT)),
      'projector-killed': appKilled('projector-killed', pidIn('run/projector.pid'), url(PORTS.PROJECTOR_PORT)),
      'api-killed': appKilled('api-killed', pidIn('run/api.pid'), url(PORTS.API_PORT)),
      'broker-killed': engineKilled('broker-killed', pidIn('run/kafka.pid'), downMs, restartEngines),
      'broker-frozen': brokerFrozen(pidIn('run/kafka.pid'), downMs),
      'temporal-killed': engineKilled('temporal-killed', pidIn('run/temporal.pid'), downMs, restartEngines),
      'postgres-killed': engineKilled('postgres-killed', pidIn('pg/data/postmaster.pid'), downMs, restartEngines),
      'poison-message': poisonMessage(this.producer, stage.topic, url(PORTS.PROJECTOR_PORT)),
    };
  }

  /** Stops the apps and the engines; `keep` leaves them up to look at. */
  async stop(stage: Stage, keep: boolean): Promise<void> {
    await this.producer?.disconnect();
    await stage.temporal.connection.close();
    if (keep) return;
    await script(APPS_SH, ['down', PROFILE], this.env);
    await script(ENGINES, ['down', PROFILE]);
  }
}
