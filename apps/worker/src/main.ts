import { NativeConnection } from '@temporalio/worker';
import { createDataSource, currentCalendar, declarationOfServices } from '@entente/persistence';
import { eventProducer, jsonLogger, kafkaFor } from '@entente/platform';
import { calendarActivities, caseActivities } from './activities';
import { createCaseWorker } from './case-worker';
import { workerConfig } from './worker.config';

const log = jsonLogger('worker');

async function main(): Promise<void> {
  const config = workerConfig();
  const producer = eventProducer(kafkaFor(config, '-worker', log));
  await producer.connect();
  const database = await createDataSource({ databaseUrl: config.databaseUrl, schema: config.databaseSchema }).initialize();
  const connection = await NativeConnection.connect({ address: config.temporalAddress });
  try {
    const clocks = { standards: () => declarationOfServices(database.manager), calendar: () => currentCalendar(database.manager) };
    const worker = await createCaseWorker({
      connection,
      namespace: config.temporalNamespace,
      taskQueue: config.temporalTaskQueue,
      activities: { ...caseActivities(producer, clocks), ...calendarActivities(database.manager) },
      maxConcurrentActivities: config.maxConcurrentActivities,
    });
    log.info('worker started', { taskQueue: config.temporalTaskQueue, temporal: config.temporalAddress });
    // run() resolves after SIGINT/SIGTERM once in-flight tasks are done.
    await worker.run();
  } finally {
    await connection.close();
    await producer.disconnect();
    await database.destroy();
    log.info('worker stopped');
  }
}

main().catch((error: unknown) => {
  log.error('worker failed', { error: error instanceof Error ? error.stack : String(error) });
  process.exit(1);
});
