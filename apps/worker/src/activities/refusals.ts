import { asFailure } from '@entente/workflows';

type Activities = Record<string, (...args: never[]) => Promise<unknown>>;

/**
 * A domain refusal inside an activity (no standard in force on the instant given) is an answer,
 * not a fault: retrying cannot change it, so it fails at once, typed as the workflow's own refusals.
 */
export function refusingAtOnce<T extends Activities>(activities: T): T {
  const wrapped = Object.entries(activities).map(([name, run]) => [
    name,
    async (...args: never[]) => {
      try {
        return await run(...args);
      } catch (error) {
        throw asFailure(error);
      }
    },
  ]);
  return Object.fromEntries(wrapped) as T;
}
