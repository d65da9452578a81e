import { jsonLogger } from '@entente/platform';
import { compressingPlans, runCaseWorker, type DeadlineCompression } from '@entente/worker';
import { answerProbes, ProbeRequest } from '../support/worker-probes';

// The case worker process of apps/worker (runCaseWorker) with two additions for the open-cases
// benchmark: it answers memory probes, and, once asked, plans clocks whose deadlines fall seconds
// after the case is received instead of days, so that their timers fire while the benchmark watches.
const log = jsonLogger('worker');

/** Off until the benchmark asks: then warning, breach and escalation `gapMs` apart, `leadMs` after receipt. */
let compression: DeadlineCompression | undefined;
const compress = (request: ProbeRequest) => void (compression = { leadMs: Number(request.leadMs), gapMs: Number(request.gapMs) });

runCaseWorker(log, {
  activities: (activities) => ({
    ...activities,
    planServiceStandardClock: compressingPlans(activities.planServiceStandardClock, () => compression),
  }),
  created: (worker) => answerProbes(worker, { 'compress-deadlines': compress }),
}).catch((error: unknown) => {
  log.error('worker failed', { error: error instanceof Error ? error.stack : String(error) });
  process.exit(1);
});
