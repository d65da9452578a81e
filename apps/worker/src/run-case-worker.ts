import { NativeConnection, type Worker } from '@temporalio/worker';
import type { WorkerActivities } from '@entente/workflows';
import { caseKeyStore, createDataSource, currentCalendar, declarationOfServices, PostgresPersonIndex } from '@entente/persistence';
import {
  blindIndexKey,
  caseDataConverter,
  commandVerificationKey,
  connectionUrlOf,
  eventProducer,
  followApiKey,
  kafkaFor,
  keyEncryptionKey,
  temporalClient,
  startTracing,
  temporalTransport,
  type CaseKeyStore,
  type Logger,
} from '@entente/platform';
import { calendarActivities, caseActivities, digestActivities, personIndexActivities, retentionActivities } from './activities';
import { createCaseWorker } from './case-worker';
import { compressingPlans } from './activities/clocks/compressed-deadlines';
import { WorkerConfig } from './config/worker.config';
import { backfillPersonIndex } from './housekeeping/person-index-backfill';
import { serveWorkerHealth } from './health/worker-health';
import { DAILY_DIGEST_SCHEDULE, keepSchedule, RETENTION_SCHEDULE } from './housekeeping/schedules';
import { installTemporalLogging } from './temporal-logging';

/** What a process that runs the case worker may add: the benchmarks compress deadlines and probe memory. */
export interface CaseWorkerHooks {
  readonly activities?: (activities: WorkerActivities) => WorkerActivities;
  readonly created?: (worker: Worker) => Promise<void> | void;
}

/** The case activities, their clocks compressed if this worker was told to (a drill's). */
function drillClocks<A extends Pick<WorkerActivities, 'planServiceStandardClock'>>(activities: A, config: WorkerConfig, log: Logger): A {
  const compression = config.deadlineCompression;
  if (!compression) return activities;
  log.warn('deadlines compressed for a drill', compression);
  return { ...activities, planServiceStandardClock: compressingPlans(activities.planServiceStandardClock, () => compression) };
}

/**
 * The worker process: connects to Kafka, PostgreSQL and Temporal from the environment, runs the
 * case and calendar activities and workflows until SIGINT/SIGTERM, then closes what it opened.
 */
export async function runCaseWorker(log: Logger, hooks: CaseWorkerHooks = {}): Promise<void> {
  const config = new WorkerConfig(process.env);
  const tracing = startTracing('entente-worker');
  const verificationKey = commandVerificationKey(config.commandVerificationKey, config.production);
  const kek = keyEncryptionKey(config);
  installTemporalLogging(log, config.temporalMetricsPort, config.host);
  const kafka = kafkaFor(config, '-worker', log);
  const producer = eventProducer(kafka);
  await producer.connect();
  const database = await createDataSource({ databaseUrl: connectionUrlOf(config), schema: config.databaseSchema }).initialize();
  const connection = await NativeConnection.connect(temporalTransport(config));
  // A token minted anew (infra/temporal-server) reaches the running worker.
  const stopFollowing = followApiKey(
    config,
    (token) => connection.setApiKey(token),
    (error) => log.warn('temporal token not renewed', { error: error instanceof Error ? error.message : String(error) }),
  );
  try {
    const clocks = { standards: () => declarationOfServices(database.manager), calendar: () => currentCalendar(database.manager) };
    const keys = caseKeyStore(database, kek);
    const people = { index: new PostgresPersonIndex(database), key: blindIndexKey(kek) };
    const activities: WorkerActivities = {
      ...drillClocks(caseActivities({ producer, topicPrefix: config.kafkaTopicPrefix }, keys, people, clocks), config, log),
      ...calendarActivities(database.manager),
      ...retentionActivities(database.manager, keys, config.archivesDir),
      ...personIndexActivities(database.manager, keys, people),
      ...digestActivities(database.manager, clocks.calendar),
    };
    const worker = await createCaseWorker({
      connection,
      namespace: config.temporalNamespace,
      taskQueue: config.temporalTaskQueue,
      activities: hooks.activities?.(activities) ?? activities,
      maxConcurrentActivities: config.maxConcurrentActivities,
      maxCachedWorkflows: config.maxCachedWorkflows,
      commandVerificationKey: verificationKey,
      dataConverter: caseDataConverter(keys),
      tracing,
    });
    await hooks.created?.(worker);
    if (config.retentionSchedule || config.digestSchedule || config.personIndexBackfill) await keepHousekeeping(config, keys, log);
    const health = await serveWorkerHealth(config, { worker, connection, database, kafka });
    const temporalMetrics = config.temporalMetricsPort || 'off';
    log.info('worker started', {
      taskQueue: config.temporalTaskQueue,
      temporal: config.temporalAddress,
      health: health.port,
      temporalMetrics,
    });
    // run() resolves after SIGINT/SIGTERM once in-flight tasks are done.
    await worker.run().finally(() => health.close());
  } finally {
    stopFollowing();
    await connection.close();
    await producer.disconnect();
    await database.destroy();
    await tracing.shutdown();
    log.info('worker stopped');
  }
}

/** What a deployment runs once for all its workers: the nightly retention and morning digest schedules, the blind index's backfill. */
async function keepHousekeeping(config: WorkerConfig, keys: CaseKeyStore, log: Logger): Promise<void> {
  const client = await temporalClient(config, caseDataConverter(keys));
  try {
    if (config.retentionSchedule)
      log.info('retention schedule', { schedule: await keepSchedule(client, config.temporalTaskQueue, RETENTION_SCHEDULE) });
    if (config.digestSchedule)
      log.info('daily digest schedule', { schedule: await keepSchedule(client, config.temporalTaskQueue, DAILY_DIGEST_SCHEDULE) });
    if (config.personIndexBackfill)
      log.info('person index backfill', { backfill: await backfillPersonIndex(client, config.temporalTaskQueue) });
  } finally {
    await client.connection.close();
  }
}
