import { NativeConnection } from '@temporalio/worker';
import type { ClockPlan } from '@entente/domain';
import { createDataSource, currentCalendar, declarationOfServices } from '@entente/persistence';
import { eventProducer, jsonLogger, kafkaFor } from '@entente/platform';
import { calendarActivities, caseActivities, createCaseWorker, workerConfig } from '@entente/worker';
import type { ClockRequest } from '@entente/workflows';
import { answerProbes, ProbeRequest } from '../support/worker-probes';

// The case worker of apps/worker/src/main.ts (same activities, same createCaseWorker) with two
// additions for the open-cases benchmark, which main.ts has no hook for: it answers memory probes,
// and, once asked, plans clocks whose deadlines fall seconds after the case is received instead of
// days, so that their timers fire while the benchmark watches.
const log = jsonLogger('worker');

/** Off until the benchmark asks: then warning, breach and escalation `gapMs` apart, `leadMs` after receipt. */
class DeadlineCompression {
  private setting: { leadMs: number; gapMs: number } | null = null;

  set(request: ProbeRequest): void {
    this.setting = { leadMs: Number(request.leadMs), gapMs: Number(request.gapMs) };
  }

  around(plan: (request: ClockRequest) => Promise<ClockPlan>): (request: ClockRequest) => Promise<ClockPlan> {
    return async (request) => this.compressed(await plan(request));
  }

  private compressed(plan: ClockPlan): ClockPlan {
    if (!this.setting) return plan;
    const { leadMs, gapMs } = this.setting;
    const after = (ms: number) => new Date(Date.parse(plan.startedAt) + ms).toISOString();
    const further = plan.escalateFurther;
    return { ...plan, warnAt: after(leadMs), dueAt: after(leadMs + gapMs), escalateFurther: further && { ...further, at: after(leadMs + 2 * gapMs) } };
  }
}

async function main(): Promise<void> {
  const config = workerConfig();
  const producer = eventProducer(kafkaFor(config, '-worker', log));
  await producer.connect();
  const database = await createDataSource({ databaseUrl: config.databaseUrl, schema: config.databaseSchema }).initialize();
  const connection = await NativeConnection.connect({ address: config.temporalAddress });
  try {
    const clocks = { standards: () => declarationOfServices(database.manager), calendar: () => currentCalendar(database.manager) };
    const activities = { ...caseActivities(producer, clocks), ...calendarActivities(database.manager) };
    const compression = new DeadlineCompression();
    const worker = await createCaseWorker({
      connection,
      namespace: config.temporalNamespace,
      taskQueue: config.temporalTaskQueue,
      activities: { ...activities, planServiceStandardClock: compression.around(activities.planServiceStandardClock) },
      maxConcurrentActivities: config.maxConcurrentActivities,
    });
    await answerProbes(worker, { 'compress-deadlines': (request) => compression.set(request) });
    log.info('worker started', { taskQueue: config.temporalTaskQueue, temporal: config.temporalAddress });
    await worker.run();
  } finally {
    await connection.close();
    await producer.disconnect();
    await database.destroy();
  }
}

main().catch((error: unknown) => {
  log.error('worker failed', { error: error instanceof Error ? error.stack : String(error) });
  process.exit(1);
});
