import { proxyActivities } from '@temporalio/workflow';
import type { DailyDigestRun, DigestActivities } from '../shared/case-activities';

const activities = proxyActivities<DigestActivities>({ startToCloseTimeout: '2 minutes' });

export interface DailyDigest {
  /** The morning the run stands for; the workflow's own time when absent (the schedule's start at 8:30). */
  readonly asOf?: string;
}

/**
 * The daily digest (issue 16), started by a Temporal schedule at 8:30 in Québec on weekdays: on a
 * working day (the calendar is data, read in the activity) each person's waiting messages become
 * one digest, which the notifier sends. Run again the same day, it gathers nothing twice.
 */
export async function dailyDigestWorkflow(run: DailyDigest = {}): Promise<DailyDigestRun> {
  return activities.gatherDailyDigests(run.asOf ?? new Date().toISOString());
}
