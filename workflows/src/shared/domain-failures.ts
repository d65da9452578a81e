import { ActivityFailure, ApplicationFailure } from '@temporalio/workflow';
import { isDomainError, isDomainErrorType } from '@entente/domain';

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

/**
 * An activity's refusal (a clock planned from an instant no standard covers) reaches the caller
 * as the command's own refusal, naming the command's field it came from, not the activity's.
 */
export async function asRefusalOf<T>(field: string | undefined, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    // A queued activity's failure wraps the refusal; a local activity's may arrive as it is.
    const refusal = error instanceof ActivityFailure ? error.cause : error;
    if (!(refusal instanceof ApplicationFailure) || !isDomainErrorType(refusal.type)) throw error;
    const { code, field: own } = (refusal.details?.[0] ?? {}) as { code?: string; field?: string | null };
    const named = field ?? own ?? null;
    const message = own && named !== own ? refusal.message.replace(`${own}: `, `${named}: `) : refusal.message;
    throw ApplicationFailure.create({ type: refusal.type, message, nonRetryable: true, details: [{ code, field: named }] });
  }
}
