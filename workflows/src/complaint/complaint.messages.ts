import type { ComplaintCommand, ComplaintState } from '@entente/domain';
import { CLOCK_UPDATE_NAMES, commandUpdates, type CaseView } from '../shared/case-messages';
import type { StaffRequest } from '../shared/commands';

/**
 * The commands staff send to a complaint: the receipt without its clock, which the workflow plans
 * first.
 */
export type ComplaintStaffCommand = StaffRequest<ComplaintCommand>;

/** The Updates staff send to a complaint, by command, each under its name on the wire. */
export const COMPLAINT_UPDATES = commandUpdates<ComplaintState, ComplaintStaffCommand>({
  ReceiveComplaint: 'receiveComplaint',
  AssignComplaint: 'assignComplaint',
  RecordComplaintFindings: 'recordComplaintFindings',
  AnswerComplaint: 'answerComplaint',
  CloseComplaintWithoutAnswer: 'closeComplaintWithoutAnswer',
  ...CLOCK_UPDATE_NAMES,
});

export type ComplaintView = CaseView<ComplaintState>;
