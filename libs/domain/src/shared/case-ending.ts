/**
 * How a case ended, in one vocabulary for every case type (its status keeps the case type's own
 * words): the case list and the auditors compare endings across types, so "closed" means one thing.
 * - `answered`: the requester got the answer the case was opened for (a reply, a decision notified);
 * - `referred`: sent on to the body that can answer (a telephone call);
 * - `completed`: the work the case carried was delivered (a project deployed, a call's selection
 *   notified, a mission's evaluation compiled, an engagement's report submitted);
 * - `refused`: the Assembly or the partner said no (declined, rejected, refused);
 * - `withdrawn`: the requester or partner withdrew;
 * - `cancelled`: the work stopped before delivery (a mission cancelled, negotiations abandoned);
 * - `closed-without-answer`: closed with nothing to answer (a duplicate, no proposals received).
 */
export type CaseOutcome = 'answered' | 'referred' | 'completed' | 'refused' | 'withdrawn' | 'cancelled' | 'closed-without-answer';

export const CASE_OUTCOMES: readonly CaseOutcome[] = [
  'answered',
  'referred',
  'completed',
  'refused',
  'withdrawn',
  'cancelled',
  'closed-without-answer',
];

/** A case's ending: both null while it is open; `endedAt` is when the ending happened. */
export interface CaseEnding {
  readonly outcome: CaseOutcome | null;
  readonly endedAt: string | null;
}

export const STILL_OPEN: CaseEnding = { outcome: null, endedAt: null };

export const endedBy = (outcome: CaseOutcome, endedAt: string): CaseEnding => ({ outcome, endedAt });
