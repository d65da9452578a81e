import { CommandRefused } from './errors';

/** Who takes a case: a first assignment, or a handover from the officer who holds it. */
export type Assignment =
  | { readonly kind: 'assigned'; readonly officerId: string }
  | { readonly kind: 'reassigned'; readonly fromOfficerId: string; readonly toOfficerId: string; readonly reason: string | null };

/**
 * The assign-or-reassign decision shared by the case types whose command assigns a case that may
 * have no officer yet. `officerId` and `reason` are already checked by the caller, so each case
 * keeps its own order of checks; `what` names the case in the refusal ("the complaint").
 */
export function decideAssignment(assignee: string | null, officerId: string, reason: string | null, what = 'the case'): Assignment {
  if (assignee === null) return { kind: 'assigned', officerId };
  if (assignee === officerId) throw new CommandRefused(`${what} is already assigned to ${officerId}`);
  return { kind: 'reassigned', fromOfficerId: assignee, toOfficerId: officerId, reason };
}
