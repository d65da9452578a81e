import { proxyActivities } from '@temporalio/workflow';
import {
  headOf,
  PERSONAL_INFORMATION_ERASED,
  PERSONAL_INFORMATION_ERASED_VERSION,
  seal,
  type CaseType,
  type ChainHead,
  type PersonalInformationErasedData,
} from '@entente/contracts';
import type { Actor } from '@entente/domain';
import type { ErasureActivities } from '../shared/case-activities';

const activities = proxyActivities<ErasureActivities>({ startToCloseTimeout: '1 minute' });

/** One closed case's erasure, as its body's privacy officer asked for it. */
export interface Erasure {
  readonly caseId: string;
  readonly caseType: CaseType;
  /** The closed case's chain head, as its stored history and its ended workflow both end. */
  readonly head: ChainHead;
  readonly actor: Actor;
  readonly at: string;
  readonly correlationId: string;
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
  const events = seal(erasure.head, [
    {
      caseId: erasure.caseId,
      caseType: erasure.caseType,
      type: PERSONAL_INFORMATION_ERASED,
      schemaVersion: PERSONAL_INFORMATION_ERASED_VERSION,
      occurredAt: erasure.at,
      actor: erasure.actor,
      correlationId: erasure.correlationId,
      data,
    },
  ]);
  await activities.publishCaseEvents(events);
  await activities.destroyCaseKey(erasure.caseId);
  return headOf(events);
}
