import { patched } from '@temporalio/workflow';
import type { Decider } from '@entente/domain';

/**
 * A decider whose newer rules (facts held in order, say) reach a case from the patch that
 * brought them: commands of `types` that a case accepted before it replay by the rules that
 * decided them (`before`), so they seal again the events they published. The patch is asked only
 * when one of them is decided, never in an Update validator (which may record no marker): each
 * of these commands needs a check of its own, a clock start's or a preparation's.
 */
export function rulesSince<S, C extends { readonly type: string }, E>(
  patchId: string,
  types: readonly C['type'][],
  current: Decider<S, C, E>,
  before: Decider<S, C, E>,
): Decider<S, C, E> {
  const deciderFor = (command: C) => (types.includes(command.type) && !patched(patchId) ? before : current);
  return { ...current, decide: (command, state) => deciderFor(command).decide(command, state) };
}
