import {
  checkComplaintReceipt,
  ComplaintCommand,
  complaintDecider,
  complaintDeciderUnder,
  ComplaintEvent,
  ComplaintState,
  complaintTraits,
  FIRST_COMPLAINT_RULES,
} from '@entente/domain';
import { COMPLAINT_SCHEMA_VERSIONS, type ComplaintAnsweredV1 } from '@entente/contracts';
import { takesChange } from '../shared/earlier-changes';
import type { WrittenEvent } from '../shared/case-runner';
import { CaseDefinition, CaseInput, runCase } from '../shared/case-workflow';
import { COMPLAINT_UPDATES, type ComplaintStaffCommand, type ComplaintView } from './complaint.messages';

/** Issue 12: an answer at its own instant, stating the findings recorded before it. */
const FACT_INSTANTS = 'complaint-fact-instants';

/**
 * An answer decided before answers took their own instant replays as schema 1, the bytes it
 * published: it was sent when recorded, so its `recordedAt` is its `answeredAt`.
 */
function answerAsPublished(event: ComplaintEvent): WrittenEvent | null {
  if (event.type !== 'ComplaintAnswered' || takesChange(FACT_INSTANTS)) return null;
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

/** A complaint received before an answer had to state recorded findings: decided under its first rules for its run. */
const COMPLAINT_UNDER_FIRST_RULES: typeof COMPLAINT_CASE = { ...COMPLAINT_CASE, decider: complaintDeciderUnder(FIRST_COMPLAINT_RULES) };

/**
 * A run begun before the patch replays the answer it gave under the rules it gave it by; every
 * run begun since (a continued one too) answers under today's.
 */
export function complaintWorkflow(input: CaseInput<ComplaintState>): Promise<ComplaintView> {
  return runCase(takesChange(FACT_INSTANTS) ? COMPLAINT_CASE : COMPLAINT_UNDER_FIRST_RULES, input);
}
