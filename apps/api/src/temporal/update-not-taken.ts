import { setTimeout as pause } from 'node:timers/promises';
import { status } from '@grpc/grpc-js';
import { isGrpcServiceError } from '@temporalio/client';
import { google } from '@temporalio/proto';

/** How long before an Update the server gave back is sent again: a new workflow task is being scheduled. */
export const RESEND_PAUSE_MS = 100;

const NOT_READY = 'temporal.api.errordetails.v1.WorkflowNotReadyFailure';

/**
 * Temporal's answer to an Update whose workflow task failed after it was handed to a worker (a
 * worker that died holding it, then a task the server refused): the workflow never accepted it,
 * and the server leaves sending it again to the caller.
 */
export function isUpdateNotTaken(error: unknown): boolean {
  for (let current = error, depth = 0; current instanceof Error && depth < 8; depth += 1) {
    if (isGrpcServiceError(current)) return current.code === status.FAILED_PRECONDITION && detailTypes(current).includes(NOT_READY);
    current = current.cause;
  }
  return false;
}

function detailTypes(error: { metadata: { get(key: string): unknown[] } }): string[] {
  const [details] = error.metadata.get('grpc-status-details-bin');
  if (!(details instanceof Uint8Array)) return [];
  return google.rpc.Status.decode(details).details.map((detail) => (detail.type_url ?? '').replace(/^.*\//, ''));
}

/**
 * Sends an Update until its workflow takes it, or the caller gives up: under its update id it
 * runs once however often it is sent. Anything but "not taken" is the answer.
 */
export async function sendUntilTaken<T>(send: () => Promise<T>, abandoned: AbortSignal): Promise<T> {
  for (;;) {
    try {
      return await send();
    } catch (error) {
      if (!isUpdateNotTaken(error) || abandoned.aborted) throw error;
    }
    await pause(RESEND_PAUSE_MS, undefined, { signal: abandoned });
  }
}
