import { setTimeout as pause } from 'node:timers/promises';
import { status } from '@grpc/grpc-js';
import { isGrpcServiceError } from '@temporalio/client';
import { google, temporal } from '@temporalio/proto';
import { causeChain } from '../errors/cause-chain';

/** How long before a call the workflow was not ready for is sent again: a workflow task is being scheduled. */
export const RESEND_PAUSE_MS = 100;

const NOT_READY = 'temporal.api.errordetails.v1.WorkflowNotReadyFailure';

const MULTI_OPERATION = 'temporal.api.errordetails.v1.MultiOperationExecutionFailure';

interface RpcStatus {
  readonly code?: number | null;
  readonly details?: ReadonlyArray<{ type_url?: string | null; value?: Uint8Array | null }> | null;
}

/**
 * Temporal's "workflow not ready": to an Update whose workflow task failed after it was handed to
 * a worker (a worker that died holding it, then a task the server refused), which the workflow
 * never accepted; to a Query while the workflow's task is not completed (Temporal just restarted,
 * say). The server leaves sending it again to the caller. An Update-with-Start carries it as its
 * update operation's status, inside the answer's MultiOperationExecutionFailure.
 */
export function isWorkflowNotReady(error: unknown): boolean {
  const answer = [...causeChain(error)].find(isGrpcServiceError);
  if (!answer) return false;
  const [details] = answer.metadata.get('grpc-status-details-bin');
  if (!(details instanceof Uint8Array)) return false;
  return statusesIn(google.rpc.Status.decode(details)).some(
    (one) => one.code === status.FAILED_PRECONDITION && (one.details ?? []).some((detail) => typeOf(detail) === NOT_READY),
  );
}

/** The answer's own status and, for a multi-operation call, each operation's. */
function statusesIn(answer: RpcStatus): RpcStatus[] {
  const operations = (answer.details ?? [])
    .filter((detail) => typeOf(detail) === MULTI_OPERATION && detail.value)
    .flatMap((detail) => temporal.api.errordetails.v1.MultiOperationExecutionFailure.decode(detail.value!).statuses);
  return [answer, ...operations];
}

const typeOf = (detail: { type_url?: string | null }) => (detail.type_url ?? '').replace(/^.*\//, '');

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
