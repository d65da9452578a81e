import { proxyActivities } from '@temporalio/workflow';
import { headOf, PERSONAL_INFORMATION_CORRECTED, PERSONAL_INFORMATION_CORRECTED_VERSION, type ChainHead } from '@entente/contracts';
import type { PersonalInformationCorrection } from '@entente/domain';
import type { CorrectionActivities } from '../shared/case-activities';
import { sealedAfterHead, type ClosedCaseRecord } from './closed-case-record';

const activities = proxyActivities<CorrectionActivities>({ startToCloseTimeout: '1 minute' });

/** One correction of a closed case, as its body's privacy officer recorded it, the corrected text sealed by the API. */
export interface ClosedCaseCorrection extends ClosedCaseRecord {
  readonly correction: PersonalInformationCorrection;
}

/**
 * Records a correction after a closed case's last event (an open case's own workflow records its
 * corrections): the people it names indexed (the API sealed its text before it reached Temporal,
 * since this workflow's payloads outlive the case's key), then the event sealed into the chain and
 * published. Idempotent: the event's id is its case and sequence.
 */
export async function recordCorrectionWorkflow(request: ClosedCaseCorrection): Promise<ChainHead> {
  const { caseId, caseType } = request;
  const { field, correctedValue, reason } = request.correction;
  const [data] = await activities.concealPersonalFields({ caseId, caseType, data: [{ field, correctedValue, reason }] });
  const events = sealedAfterHead(request, {
    type: PERSONAL_INFORMATION_CORRECTED,
    schemaVersion: PERSONAL_INFORMATION_CORRECTED_VERSION,
    data,
  });
  await activities.publishCaseEvents(events);
  return headOf(events);
}
