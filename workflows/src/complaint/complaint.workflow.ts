import {
  checkComplaintReceipt,
  ComplaintCommand,
  complaintDecider,
  ComplaintEvent,
  ComplaintState,
  complaintTraits,
} from '@entente/domain';
import { COMPLAINT_SCHEMA_VERSIONS } from '@entente/contracts';
import { CaseDefinition, CaseInput, runCase } from '../shared/case-workflow';
import { COMPLAINT_UPDATES, type ComplaintStaffCommand, type ComplaintView } from './complaint.messages';

/** A complaint to the Secretary General: processed within 15 working days of receipt. */
export const COMPLAINT_CASE: CaseDefinition<ComplaintState, ComplaintCommand, ComplaintEvent, ComplaintStaffCommand> = {
  caseType: 'complaint',
  decider: complaintDecider,
  schemaVersions: COMPLAINT_SCHEMA_VERSIONS,
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
