import { getExternalWorkflowHandle, proxyActivities } from '@temporalio/workflow';
import type { CalendarActivities } from '../shared/case-activities';
import { calendarChangedSignal } from '../shared/case-messages';

const activities = proxyActivities<CalendarActivities>({ startToCloseTimeout: '1 minute' });

export interface CalendarChange {
  /** Why the calendar changed, as every moved clock's event will say. */
  readonly reason: string;
  /** Clocks due before this instant cannot move: the change is later than their deadline. */
  readonly from: string;
}

/**
 * Tells every case whose clock runs past the changed date to plan it again. A workflow, so that
 * the fan-out survives a crash halfway: each case is signalled once, and re-plans by itself.
 */
export async function calendarChangeWorkflow(change: CalendarChange): Promise<{ signalled: number }> {
  const workflowIds = await activities.caseWorkflowsWithRunningClocks(change.from);
  let signalled = 0;
  for (const workflowId of workflowIds) {
    try {
      await getExternalWorkflowHandle(workflowId).signal(calendarChangedSignal, { reason: change.reason });
      signalled += 1;
    } catch {
      // The case closed since the read model listed it: nothing left to move.
    }
  }
  return { signalled };
}
