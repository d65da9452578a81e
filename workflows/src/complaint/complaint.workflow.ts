import { patched } from '@temporalio/workflow';
import {
  checkComplaintReceipt,
  ComplaintCommand,
  complaintDecider,
  ComplaintEvent,
  ComplaintState,
  complaintTraits,
} from '@entente/domain';
import { COMPLAINT_SCHEMA_VERSIONS, type ComplaintAnsweredV1 } from '@entente/contracts';
import type { WrittenEvent } from '../shared/case-runner';
import { CaseDefinition, CaseInput, runCase } from '../shared/case-workflow';
import { COMPLAINT_UPDATES, type ComplaintStaffCommand, type ComplaintView } from './complaint.messages';

/**
 * An answer decided before answers took their own instant replays as schema 1, the bytes it
 * published: it was sent when recorded, so its `recordedAt` is its `answeredAt`.
 */
function answerAsPublished(event: ComplaintEvent): WrittenEvent | null {
  if (event.type !== 'ComplaintAnswered' || patched('complaint-fact-instants')) return null;
  const { recordedAt: _sameInstant, ...published } = event.data;
  return { schemaVersion: 1, data: published satisfies ComplaintAnsweredV1 };
}

/** A complaint to the Secretary General: processed within 15 working days of receipt. */
export const COMPLAINT_CASE: CaseDefinition<ComplaintState, ComplaintCommand, ComplaintEvent, ComplaintStaffCommand> = {
  caseType: 'complaint',
  decider: complaintDecider,
  schemaVersions: COMPLAINT_SCHEMA_VERSIONS,
  writtenAsPublished: answerAsPublished,
  updates: COMPLAINT_UPDATES,
  clockStarts: {
    ReceiveComplaint: {
      standardId: 'complaint',
      startedAt: (data) => data.receivedAt,
      startedAtField: 'receivedAt',
      check: checkComplaintReceipt,
    },
  },
  ...complaintTraits,
};

export function complaintWorkflow(input: CaseInput<ComplaintState>): Promise<ComplaintView> {
  return runCase(COMPLAINT_CASE, input);
}
