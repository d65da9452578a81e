import type { ClockPlan } from '@entente/domain';
import type { ClockRequest } from '@entente/workflows';

/** Deadlines seconds apart instead of working days: for drills and benchmarks that watch them fire. */
export interface DeadlineCompression {
  /** From the clock's start to its warning. */
  readonly leadMs: number;
  /** From the warning to the due instant, and from there to the further escalation. */
  readonly gapMs: number;
}

/** The plan with its instants moved, its standard and version kept: the replay reads the plan from history. */
export function compressedPlan(plan: ClockPlan, { leadMs, gapMs }: DeadlineCompression): ClockPlan {
  const after = (ms: number) => new Date(Date.parse(plan.startedAt) + ms).toISOString();
  const further = plan.escalateFurther;
  return {
    ...plan,
    warnAt: after(leadMs),
    dueAt: after(leadMs + gapMs),
    escalateFurther: further && { ...further, at: after(leadMs + 2 * gapMs) },
  };
}

/** The clock-planning activity with every plan compressed while `compression()` says so. */
export function compressingPlans(
  plan: (request: ClockRequest) => Promise<ClockPlan>,
  compression: () => DeadlineCompression | undefined,
): (request: ClockRequest) => Promise<ClockPlan> {
  return async (request) => {
    const planned = await plan(request);
    const setting = compression();
    return setting ? compressedPlan(planned, setting) : planned;
  };
}
