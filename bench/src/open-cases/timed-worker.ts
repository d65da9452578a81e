import type { ClockPlan } from '@entente/domain';
import { jsonLogger } from '@entente/platform';
import { runCaseWorker } from '@entente/worker';
import type { ClockRequest } from '@entente/workflows';
import { answerProbes, ProbeRequest } from '../support/worker-probes';

// The case worker process of apps/worker (runCaseWorker) with two additions for the open-cases
// benchmark: it answers memory probes, and, once asked, plans clocks whose deadlines fall seconds
// after the case is received instead of days, so that their timers fire while the benchmark watches.
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
    return {
      ...plan,
      warnAt: after(leadMs),
      dueAt: after(leadMs + gapMs),
      escalateFurther: further && { ...further, at: after(leadMs + 2 * gapMs) },
    };
  }
}

const compression = new DeadlineCompression();

runCaseWorker(log, {
  activities: (activities) => ({ ...activities, planServiceStandardClock: compression.around(activities.planServiceStandardClock) }),
  created: (worker) => answerProbes(worker, { 'compress-deadlines': (request) => compression.set(request) }),
}).catch((error: unknown) => {
  log.error('worker failed', { error: error instanceof Error ? error.stack : String(error) });
  process.exit(1);
});
