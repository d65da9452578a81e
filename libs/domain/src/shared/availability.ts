import type { Actor } from './command';
import { CommandRefused, ForbiddenCommand } from './errors';

/** A command as a person would send it: its type and what they filled in so far. */
export interface CommandAttempt {
  readonly type: string;
  readonly data: Record<string, unknown>;
}

/**
 * Whether `actor` may issue the command on the case now, as the case type's decider judges it
 * (the same rules the workflow applies): tried with the data given so far, a refusal (not this
 * person, not at this stage) says no; anything else (data missing or wrong) says yes, the person
 * has a form to fill in. Deciders check who and when before what, so the dry run is exact.
 */
export function mayIssueNow<S>(
  decide: (command: never, state: S) => unknown,
  state: S,
  attempt: CommandAttempt,
  actor: Actor,
  now: string,
): boolean {
  const command = { ...attempt, metadata: { actor, now, correlationId: 'availability' } };
  try {
    decide(command as never, state);
    return true;
  } catch (error) {
    return !(error instanceof ForbiddenCommand || error instanceof CommandRefused);
  }
}
