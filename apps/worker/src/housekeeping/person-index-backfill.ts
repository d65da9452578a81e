import { WorkflowExecutionAlreadyStartedError, type Client } from '@temporalio/client';

/** One backfill per deployment and version of the index: a later version indexes everything again. */
export const PERSON_INDEX_BACKFILL_ID = 'person-index-backfill/v1';

/**
 * Starts the blind index's backfill (docs/adr/0019) once: every worker asks at its start, and all
 * but the first meet it started, or done.
 */
export async function backfillPersonIndex(
  client: Client,
  taskQueue: string,
  workflowId = PERSON_INDEX_BACKFILL_ID,
): Promise<'started' | 'kept'> {
  try {
    await client.workflow.start('indexPeopleWorkflow', { workflowId, taskQueue, args: [{}], workflowIdReusePolicy: 'REJECT_DUPLICATE' });
    return 'started';
  } catch (error) {
    if (error instanceof WorkflowExecutionAlreadyStartedError) return 'kept';
    throw error;
  }
}
