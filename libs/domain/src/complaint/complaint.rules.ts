/**
 * The rules a complaint is decided under. A complaint keeps those it began with: its workflow
 * replays the answers it gave under them (see workflows/src/complaint).
 */
export interface ComplaintRules {
  /** An answer states the findings recorded before it (issue 12). */
  readonly answerStatesFindings: boolean;
}

/** The rules of every complaint received now (docs/domain.md#complaints). */
export const COMPLAINT_RULES: ComplaintRules = { answerStatesFindings: true };

/** The rules of complaints received before an answer had to state recorded findings. */
export const FIRST_COMPLAINT_RULES: ComplaintRules = { answerStatesFindings: false };
