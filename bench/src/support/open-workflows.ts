import { Client, WorkflowNotFoundError } from '@temporalio/client';
import { inLanes } from './lanes';

/** Termination requests in flight at once: the server's own batch operations go 50 a second, minutes for thousands of open cases. */
const LANES = 32;

const runningQuery = (taskQueue: string) => `TaskQueue = '${taskQueue}' AND ExecutionStatus = 'Running'`;

/** Workflows still running on a task queue; a count from Temporal's visibility. */
export async function runningOn(client: Client, taskQueue: string): Promise<number> {
  const { count } = await client.workflow.count(runningQuery(taskQueue));
  return count;
}

/** Terminates what a benchmark left open on its task queue (open cases wait for answers forever). */
export async function terminateRunning(client: Client, taskQueue: string, reason: string): Promise<void> {
  const ids: string[] = [];
  for await (const execution of client.workflow.list({ query: runningQuery(taskQueue) })) ids.push(execution.workflowId);
  await inLanes(ids, LANES, async (workflowId) => {
    try {
      await client.workflow.getHandle(workflowId).terminate(reason);
    } catch (error) {
      if (!(error instanceof WorkflowNotFoundError)) throw error; // it ended meanwhile
    }
  });
}
