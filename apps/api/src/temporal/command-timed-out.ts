/**
 * A command whose workflow did not answer within the API's bound (`COMMAND_TIMEOUT_MS`). It may
 * still complete: the caller retries with the same Idempotency-Key and meets the same command.
 */
export class CommandTimedOut extends Error {
  constructor(
    readonly boundMs: number,
    readonly retryAfterSeconds: number,
  ) {
    super(`the case did not answer within ${boundMs} ms; retry with the same Idempotency-Key`);
    this.name = 'CommandTimedOut';
  }
}
