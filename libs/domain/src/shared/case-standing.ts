/**
 * Where a case stands, as the work queue and Temporal's search attributes both show it: never
 * personal information (no requester's name, address or subject).
 */
export interface CaseStanding {
  /** The case's stage in its life (its state's status). */
  readonly status: string;
  /** The staff id holding the case, if any. */
  readonly assignee: string | null;
}
