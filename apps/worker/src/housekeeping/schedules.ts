import { ScheduleAlreadyRunning, ScheduleOverlapPolicy, type CalendarSpec, type Client } from '@temporalio/client';
import type { Duration } from '@temporalio/common';
import { DIGEST_TIME } from '@entente/domain';

/** A workflow the deployment runs on its own at set times, in Québec's time. */
export interface ScheduledWorkflow {
  readonly scheduleId: string;
  readonly workflowType: string;
  readonly calendars: CalendarSpec[];
  /** How late a start the server missed (down, restarting) is still made up. */
  readonly catchupWindow: Duration;
}

/**
 * The nightly retention run (docs/adr/0018): at 02:30, when no one works; a night the server
 * missed is caught up within a day.
 */
export const RETENTION_SCHEDULE: ScheduledWorkflow = {
  scheduleId: 'retention-schedule',
  workflowType: 'retentionScheduleWorkflow',
  calendars: [{ hour: 2, minute: 30 }],
  catchupWindow: '1 day',
};

/**
 * The daily digest (issue 16): 8:30 on weekdays; the workflow skips the holidays, which are data.
 * A morning missed is made up until 11:30, not later: a digest long after the day has begun is late news.
 */
export const DAILY_DIGEST_SCHEDULE: ScheduledWorkflow = {
  scheduleId: 'daily-digest-schedule',
  workflowType: 'dailyDigestWorkflow',
  calendars: [{ hour: DIGEST_TIME.hour, minute: DIGEST_TIME.minute, dayOfWeek: [{ start: 'MONDAY', end: 'FRIDAY' }] }],
  catchupWindow: '3 hours',
};

/**
 * Registers a schedule with Temporal, once: every worker asks at its start, and all but the first
 * meet it already there. A run still going when the next is due makes the next one skip.
 */
export async function keepSchedule(
  client: Client,
  taskQueue: string,
  { scheduleId, workflowType, calendars, catchupWindow }: ScheduledWorkflow,
): Promise<'created' | 'kept'> {
  try {
    await client.schedule.create({
      scheduleId,
      spec: { calendars, timezone: DIGEST_TIME.timeZone },
      action: { type: 'startWorkflow', workflowType, workflowId: `${workflowType}/${scheduleId}`, taskQueue, args: [{}] },
      policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow },
    });
    return 'created';
  } catch (error) {
    if (error instanceof ScheduleAlreadyRunning) return 'kept';
    throw error;
  }
}
