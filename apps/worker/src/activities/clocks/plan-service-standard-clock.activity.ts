import {
  ClockPlan,
  planClock,
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
  readonly calendar: WorkingCalendar;
}

const BUILT_IN: ClockSources = { standards: async () => SERVICE_STANDARDS, calendar: QC_PUBLIC_SERVICE_CALENDAR };

/**
 * Deadlines are computed here, outside the workflow, so that the plan lands in history: a later
 * edit of the calendar or of the declaration cannot change what a replay sees.
 */
export function clockActivities(sources: ClockSources = BUILT_IN) {
  return {
    async planServiceStandardClock(request: ClockRequest): Promise<ClockPlan> {
      const standard = standardInForce(await sources.standards(), request.standardId, request.startedAt);
      return planClock(standard, sources.calendar, request.startedAt);
    },
  };
}
