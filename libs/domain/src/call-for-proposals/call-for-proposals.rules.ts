/**
 * The fairness rules a call is decided under. A call keeps the rules it began with, as a case
 * keeps the service standard in force when its clock started: its workflow replays the
 * decisions it made under them (see workflows/src/call-for-proposals).
 */
export interface SelectionRules {
  /** A conflict declared on one proposal recuses the evaluator from all of its organization's proposals. */
  readonly conflictCoversOrganization: boolean;
  /** Outcomes that depart from the ranking are recorded with a justification, which they require. */
  readonly departuresJustified: boolean;
}

/** The rules of every call published now (docs/domain.md#calls-for-proposals). */
export const SELECTION_RULES: SelectionRules = { conflictCoversOrganization: true, departuresJustified: true };

/** The rules of calls begun before conflicts covered organizations and departures were justified. */
export const FIRST_SELECTION_RULES: SelectionRules = { conflictCoversOrganization: false, departuresJustified: false };
