import { ApplicationFailure } from '@temporalio/workflow';
import { isDomainError } from '@entente/domain';

/**
 * A refused command must reach the caller as a typed, non-retryable failure (an update's
 * rejection), never as a workflow task failure that Temporal would retry forever.
 */
export function asFailure(error: unknown): unknown {
  if (!isDomainError(error)) return error;
  return ApplicationFailure.create({
    type: error.name,
    message: error.message,
    nonRetryable: true,
    details: [{ code: error.code, field: error.field ?? null }],
  });
}

export function refusingAsFailure<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    throw asFailure(error);
  }
}
