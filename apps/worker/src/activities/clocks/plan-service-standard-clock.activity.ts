import {
  ClockPlan,
  planClock,
  resumedPlan,
  QC_PUBLIC_SERVICE_CALENDAR,
  SERVICE_STANDARDS,
  ServiceStandard,
  standardInForce,
  WorkingCalendar,
} from '@entente/domain';
import type { ClockRequest } from '@entente/workflows';

export interface ClockSources {
  /** The declaration as it stands now: built-in versions and those administrators published. */
  readonly standards: () => Promise<readonly ServiceStandard[]>;
  /** The working-day calendar as it stands now: built-in, or the latest version administrators published. */
  readonly calendar: () => Promise<WorkingCalendar>;
}

export const BUILT_IN_CLOCK_SOURCES: ClockSources = {
  standards: () => Promise.resolve(SERVICE_STANDARDS),
  calendar: () => Promise.resolve(QC_PUBLIC_SERVICE_CALENDAR),
};

function exactVersion(standards: readonly ServiceStandard[], plan: ClockPlan): ServiceStandard {
  const standard = standards.find((candidate) => candidate.id === plan.standardId && candidate.version === plan.standardVersion);
  if (!standard) throw new Error(`version ${plan.standardVersion} of ${plan.standardId} is not in the declaration`);
  return standard;
}

/**
 * Deadlines are computed here, outside the workflow, so that the plan lands in history: a later
 * edit of the calendar or of the declaration cannot change what a replay sees.
 */
export function clockActivities(sources: ClockSources = BUILT_IN_CLOCK_SOURCES) {
  return {
    async planServiceStandardClock(request: ClockRequest): Promise<ClockPlan> {
      const standard = standardInForce(await sources.standards(), request.standardId, request.startedAt);
      return planClock(standard, await sources.calendar(), request.startedAt);
    },
    async resumeServiceStandardClock(request: { plan: ClockPlan; pausedAt: string; resumedAt: string }) {
      return resumedPlan(request.plan, await sources.calendar(), request.pausedAt, request.resumedAt);
    },
    /** A running clock keeps its standard version and start; only the calendar may have changed. */
    async replanServiceStandardClock(plan: ClockPlan): Promise<ClockPlan> {
      return planClock(exactVersion(await sources.standards(), plan), await sources.calendar(), plan.startedAt);
    },
  };
}
