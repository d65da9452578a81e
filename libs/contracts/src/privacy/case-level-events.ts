import { PERSONAL_INFORMATION_CORRECTED } from './personal-information-corrected';
import { PERSONAL_INFORMATION_ERASED } from './personal-information-erased';

/** Events that any case type records, outside its decider's commands: a correction, an erasure. */
export const CASE_LEVEL_EVENT_TYPES: readonly string[] = [PERSONAL_INFORMATION_CORRECTED, PERSONAL_INFORMATION_ERASED];

export function isCaseLevelEvent(type: string): boolean {
  return CASE_LEVEL_EVENT_TYPES.includes(type);
}

/**
 * The workflow that records an event after a closed case's chain head (a correction, an erasure)
 * is named after that head: one record per head, so two never link to the same event and fork
 * the chain. A request that meets a head already taken reads the case again.
 */
export function closedCaseRecordId(caseId: string, sequence: number): string {
  return `closed-case/${caseId}/${sequence}`;
}

const CLOSED_CASE_RECORD_ID = /^closed-case\/([^/]+)\/\d+$/;

/** The case a closed case's record belongs to, read from its workflow id; undefined for any other workflow. */
export function caseOfClosedCaseRecord(workflowId: string): string | undefined {
  return CLOSED_CASE_RECORD_ID.exec(workflowId)?.[1];
}
