import { setTimeout as pause } from 'node:timers/promises';
import { status } from '@grpc/grpc-js';
import { isGrpcServiceError } from '@temporalio/client';
import { google } from '@temporalio/proto';
import { causeChain } from '../errors/cause-chain';

/** How long before a call the workflow was not ready for is sent again: a workflow task is being scheduled. */
export const RESEND_PAUSE_MS = 100;

const NOT_READY = 'temporal.api.errordetails.v1.WorkflowNotReadyFailure';

/**
 * Temporal's "workflow not ready": to an Update whose workflow task failed after it was handed to
 * a worker (a worker that died holding it, then a task the server refused), which the workflow
 * never accepted; to a Query while the workflow's task is not completed (Temporal just restarted,
 * say). The server leaves sending it again to the caller.
 */
export function isWorkflowNotReady(error: unknown): boolean {
  const answer = [...causeChain(error)].find(isGrpcServiceError);
  return answer?.code === status.FAILED_PRECONDITION && detailTypes(answer).includes(NOT_READY);
}

function detailTypes(error: { metadata: { get(key: string): unknown[] } }): string[] {
  const [details] = error.metadata.get('grpc-status-details-bin');
  if (!(details instanceof Uint8Array)) return [];
  return google.rpc.Status.decode(details).details.map((detail) => (detail.type_url ?? '').replace(/^.*\//, ''));
}

/**
 * Sends a call until the workflow is ready for it, or the caller gives up: a Query reads, and an
 * Update runs once under its update id however often it is sent. Anything but "not ready" is the answer.
 */
export async function againWhileNotReady<T>(send: () => Promise<T>, abandoned: AbortSignal): Promise<T> {
  for (;;) {
    try {
      return await send();
    } catch (error) {
      if (!isWorkflowNotReady(error) || abandoned.aborted) throw error;
    }
    await pause(RESEND_PAUSE_MS, undefined, { signal: abandoned });
  }
}
