import {
  checkComplaintReceipt,
  COMPLAINT_PERMISSIONS,
  ComplaintCommand,
  complaintDecider,
  ComplaintEvent,
  ComplaintReceipt,
  ComplaintState,
  complaintTraits,
} from '@entente/domain';
import { COMPLAINT_SCHEMA_VERSIONS } from '@entente/contracts';
import type { CaseView } from '../shared/case-messages';
import { CaseDefinition, CaseInput, runCase } from '../shared/case-workflow';
import { staffCommandsOf } from '../shared/commands';

export type ComplaintView = CaseView<ComplaintState>;

/** A complaint to the Secretary General: processed within 15 working days of receipt. */
export const COMPLAINT_CASE: CaseDefinition<ComplaintState, ComplaintCommand, ComplaintEvent> = {
  caseType: 'complaint',
  decider: complaintDecider,
  schemaVersions: COMPLAINT_SCHEMA_VERSIONS,
  staffCommands: staffCommandsOf(COMPLAINT_PERMISSIONS),
  clockStarts: {
    ReceiveComplaint: {
      standardId: 'complaint',
      startedAt: (data) => String(data.receivedAt),
      startedAtField: 'receivedAt',
      check: (command, state) => checkComplaintReceipt(command as ComplaintReceipt, state),
    },
  },
  ...complaintTraits,
};

export function complaintWorkflow(input: CaseInput<ComplaintState>): Promise<ComplaintView> {
  return runCase(COMPLAINT_CASE, input);
}
