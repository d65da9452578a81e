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
  readonly standards: readonly ServiceStandard[];
  readonly calendar: WorkingCalendar;
}

/**
 * Deadlines are computed here, outside the workflow, so that the plan lands in history: a later
 * edit of the calendar or of the declaration cannot change what a replay sees.
 */
export function clockActivities(sources: ClockSources = { standards: SERVICE_STANDARDS, calendar: QC_PUBLIC_SERVICE_CALENDAR }) {
  return {
    async planServiceStandardClock(request: ClockRequest): Promise<ClockPlan> {
      const standard = standardInForce(sources.standards, request.standardId, request.startedAt);
      return planClock(standard, sources.calendar, request.startedAt);
    },
  };
}
