import { Metadata, status as grpcStatus } from '@grpc/grpc-js';
import { ServiceError } from '@temporalio/client';
import { google, temporal } from '@temporalio/proto';
import { isWorkflowNotReady, againWhileNotReady } from './workflow-not-ready';

/** What the Temporal client throws for a gRPC answer: a ServiceError over the raw gRPC error. */
function answered(code: grpcStatus, details: string, detailType?: string): ServiceError {
  const metadata = new Metadata();
  if (detailType) {
    const value = temporal.api.errordetails.v1.WorkflowNotReadyFailure.encode({}).finish();
    const status = google.rpc.Status.encode({
      code,
      message: details,
      details: [{ type_url: `type.googleapis.com/${detailType}`, value }],
    });
    metadata.set('grpc-status-details-bin', Buffer.from(status.finish()));
  }
  const cause = Object.assign(new Error(`${code} ${details}`), { code, details, metadata });
  return new ServiceError('Workflow Update failed', { cause });
}

const NOT_READY = 'temporal.api.errordetails.v1.WorkflowNotReadyFailure';
const notTaken = () =>
  answered(
    grpcStatus.FAILED_PRECONDITION,
    'Unable to perform workflow execution update due to unexpected workflow task failure.',
    NOT_READY,
  );

/**
 * An Update-with-Start's answer once the client has read it: the update operation's code on the
 * error, its status inside the MultiOperationExecutionFailure of the metadata.
 */
function updateWithStartAnswered(updateStatus: { code: grpcStatus; message: string; detailType?: string }): ServiceError {
  const any = (type: string, value: Uint8Array) => ({ type_url: `type.googleapis.com/${type}`, value });
  const { errordetails, failure } = temporal.api;
  const aborted = {
    code: grpcStatus.ABORTED,
    message: 'Operation was aborted.',
    details: [any(ABORTED, failure.v1.MultiOperationExecutionAborted.encode({}).finish())],
  };
  const update = {
    code: updateStatus.code,
    message: updateStatus.message,
    details: updateStatus.detailType ? [any(updateStatus.detailType, errordetails.v1.WorkflowNotReadyFailure.encode({}).finish())] : [],
  };
  const outer = google.rpc.Status.encode({
    code: grpcStatus.ABORTED,
    message: 'Update-with-Start could not be executed.',
    details: [any(MULTI_OPERATION, errordetails.v1.MultiOperationExecutionFailure.encode({ statuses: [aborted, update] }).finish())],
  });
  const metadata = new Metadata();
  metadata.set('grpc-status-details-bin', Buffer.from(outer.finish()));
  const cause = Object.assign(new Error(updateStatus.message), { code: updateStatus.code, details: updateStatus.message, metadata });
  return new ServiceError('Update-with-Start could not be executed.', { cause });
}
const MULTI_OPERATION = 'temporal.api.errordetails.v1.MultiOperationExecutionFailure';
const ABORTED = 'temporal.api.failure.v1.MultiOperationExecutionAborted';

describe('a call the workflow was not ready for', () => {
  it('is told by its gRPC status and its WorkflowNotReadyFailure detail, down the cause chain', () => {
    expect(isWorkflowNotReady(notTaken())).toBe(true);
    expect(isWorkflowNotReady(new Error('wrapped', { cause: notTaken() }))).toBe(true);
  });

  it('is told inside an Update-with-Start, by its update operation’s status', () => {
    const inFailedState = 'Unable to perform workflow execution update due to Workflow Task in failed state.';
    expect(
      isWorkflowNotReady(updateWithStartAnswered({ code: grpcStatus.FAILED_PRECONDITION, message: inFailedState, detailType: NOT_READY })),
    ).toBe(true);
    expect(isWorkflowNotReady(updateWithStartAnswered({ code: grpcStatus.FAILED_PRECONDITION, message: 'another precondition' }))).toBe(
      false,
    );
    expect(isWorkflowNotReady(updateWithStartAnswered({ code: grpcStatus.INVALID_ARGUMENT, message: 'bad', detailType: NOT_READY }))).toBe(
      false,
    );
  });

  it('is not any other failed precondition, nor another code with that detail', () => {
    expect(isWorkflowNotReady(answered(grpcStatus.FAILED_PRECONDITION, 'namespace is not active'))).toBe(false);
    expect(isWorkflowNotReady(answered(grpcStatus.UNAVAILABLE, 'not ready', NOT_READY))).toBe(false);
    expect(isWorkflowNotReady(new Error('plain'))).toBe(false);
  });

  it('is sent again until the workflow is ready, under the same call', async () => {
    const send = jest
      .fn<Promise<string>, []>()
      .mockRejectedValueOnce(notTaken())
      .mockRejectedValueOnce(notTaken())
      .mockResolvedValue('taken');
    await expect(againWhileNotReady(send, new AbortController().signal)).resolves.toBe('taken');
    expect(send).toHaveBeenCalledTimes(3);
  });

  it('is not sent again once the caller has given up, nor is any other error', async () => {
    const abandon = new AbortController();
    const send = jest.fn<Promise<string>, []>().mockImplementation(() => {
      abandon.abort();
      return Promise.reject(notTaken());
    });
    await expect(againWhileNotReady(send, abandon.signal)).rejects.toThrow('Workflow Update failed');
    expect(send).toHaveBeenCalledTimes(1);

    const refused = jest.fn<Promise<string>, []>().mockRejectedValue(new Error('refused'));
    await expect(againWhileNotReady(refused, new AbortController().signal)).rejects.toThrow('refused');
    expect(refused).toHaveBeenCalledTimes(1);
  });
});
