import { proxyActivities, proxyLocalActivities } from '@temporalio/workflow';
import type { CaseActivities } from './case-activities';

/**
 * Retried every 5 seconds at most, not Temporal's default of up to 100: a batch waiting for Kafka
 * or PostgreSQL to come back goes out within seconds of their return (issue 17). Replay does not
 * compare retry policies, so running cases take it up as they are.
 */
const RETRY = { maximumInterval: '5 seconds' } as const;

/** The activities as the server's task queue runs them: what cases begun before local activities recorded. */
export const queuedActivities = proxyActivities<CaseActivities>({ startToCloseTimeout: '30 seconds', retry: RETRY });

/**
 * The same calls run by the worker inside the workflow task: each is short (a clock planned, a
 * batch published), and a round trip through the server's task queue cost six history events and
 * most of a command's answer time. Cases begun before keep the queued activities they recorded.
 */
export const localActivities = proxyLocalActivities<CaseActivities>({ startToCloseTimeout: '30 seconds', retry: RETRY });
