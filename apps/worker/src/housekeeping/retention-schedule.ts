import { ScheduleAlreadyRunning, ScheduleOverlapPolicy, type Client } from '@temporalio/client';

export const RETENTION_SCHEDULE_ID = 'retention-schedule';

/**
 * Registers the nightly retention run with Temporal (docs/adr/0018), once: every worker asks at
 * its start, and all but the first meet the schedule already there. At 02:30 in Québec, when no
 * one works; a night the server missed is caught up within a day, and a run still going when the
 * next is due makes the next one wait for the following night.
 */
export async function keepRetentionSchedule(
  client: Client,
  taskQueue: string,
  scheduleId = RETENTION_SCHEDULE_ID,
): Promise<'created' | 'kept'> {
  try {
    await client.schedule.create({
      scheduleId,
      spec: { calendars: [{ hour: 2, minute: 30 }], timezone: 'America/Toronto' },
      action: {
        type: 'startWorkflow',
        workflowType: 'retentionScheduleWorkflow',
        workflowId: `retention/${scheduleId}`,
        taskQueue,
        args: [{}],
      },
      policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '1 day' },
    });
    return 'created';
  } catch (error) {
    if (error instanceof ScheduleAlreadyRunning) return 'kept';
    throw error;
  }
}
