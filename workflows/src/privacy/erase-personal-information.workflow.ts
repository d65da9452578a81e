import { proxyActivities } from '@temporalio/workflow';
import {
  headOf,
  PERSONAL_INFORMATION_ERASED,
  PERSONAL_INFORMATION_ERASED_VERSION,
  type ChainHead,
  type PersonalInformationErasedData,
} from '@entente/contracts';
import type { ErasureActivities } from '../shared/case-activities';
import { sealedAfterHead, type ClosedCaseRecord } from './closed-case-record';

const activities = proxyActivities<ErasureActivities>({ startToCloseTimeout: '1 minute' });

/** One closed case's erasure, as its body's privacy officer (or the retention schedule) asked for it. */
export interface Erasure extends ClosedCaseRecord {
  readonly reason: string;
}

/**
 * Records the erasure as the case's next event, then destroys its key. A workflow, so that once
 * asked the erasure completes whatever process dies on the way: the event is published before
 * the key goes (the record of an erasure never lags the erasure itself), and both steps are
 * idempotent (the event's id is its case and sequence; destroying a destroyed key does nothing).
 */
export async function erasePersonalInformationWorkflow(erasure: Erasure): Promise<ChainHead> {
  const data: PersonalInformationErasedData = { reason: erasure.reason };
  const events = sealedAfterHead(erasure, { type: PERSONAL_INFORMATION_ERASED, schemaVersion: PERSONAL_INFORMATION_ERASED_VERSION, data });
  await activities.publishCaseEvents(events);
  await activities.destroyCaseKey(erasure.caseId);
  return headOf(events);
}
