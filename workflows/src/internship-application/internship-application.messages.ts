import type { InternshipApplicationCommand, InternshipApplicationState } from '@entente/domain';
import { CLOCK_UPDATE_NAMES, commandUpdates, type CaseView } from '../shared/case-messages';
import type { StaffRequest } from '../shared/commands';

/**
 * The commands staff send to an internship application: the filing and the interview held without
 * the clocks they start, which the workflow plans first.
 */
export type InternshipApplicationStaffCommand = StaffRequest<InternshipApplicationCommand>;

/** The Updates staff send to an internship application, by command, each under its name on the wire. */
export const INTERNSHIP_APPLICATION_UPDATES = commandUpdates<InternshipApplicationState, InternshipApplicationStaffCommand>({
  FileInternshipApplication: 'fileInternshipApplication',
  AssignInternshipApplication: 'assignInternshipApplication',
  SendEligibilityReply: 'sendEligibilityReply',
  ScheduleInterview: 'scheduleInterview',
  RecordInterviewHeld: 'recordInterviewHeld',
  SendFinalReply: 'sendFinalReply',
  WithdrawInternshipApplication: 'withdrawInternshipApplication',
  ...CLOCK_UPDATE_NAMES,
});

export type InternshipApplicationView = CaseView<InternshipApplicationState>;
