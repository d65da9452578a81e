import type { Client } from '@temporalio/client';
import { timed } from '../stats';

/** Any workflow of this SDK answers it; ours and the bare ones alike, so the two compare. */
const METADATA_QUERY = '__temporal_workflow_metadata';

export interface Replays {
  /** ms from the query sent to its answer, one query at a time. */
  readonly latencies: readonly number[];
  /** Events in the first workflow's history: what each replay reads. */
  readonly historyLength: number;
}

/**
 * Queries, one at a time, workflows the worker no longer holds: to answer, it fetches the
 * workflow's history and replays it, as it does when a deadline fires on such a case.
 */
export async function queryEvicted(client: Client, workflowIds: readonly string[]): Promise<Replays> {
  const latencies: number[] = [];
  for (const workflowId of workflowIds) {
    const handle = client.workflow.getHandle(workflowId);
    latencies.push((await timed(() => handle.query(METADATA_QUERY))).elapsedMs);
  }
  const { historyLength } = await client.workflow.getHandle(workflowIds[0]!).describe();
  return { latencies, historyLength };
}
