import { proxyActivities } from '@temporalio/workflow';
import type * as activities from './echo.activities';

const { greet } = proxyActivities<typeof activities>({ startToCloseTimeout: '30s' });

/** A workflow task and a queued activity through history and matching: the least that proves a cluster serves. */
export async function clusterEcho(name: string): Promise<string> {
  return await greet(name);
}
