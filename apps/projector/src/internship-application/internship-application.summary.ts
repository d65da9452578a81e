import {
  endedBy,
  internshipApplicationTraits,
  isInternshipApplicationOpen,
  STILL_OPEN,
  type CaseEnding,
  type InternshipApplication,
  type InternshipApplicationState,
} from '@entente/domain';
import { CaseTypeSummary, dateOrNull, endingColumns } from '../case-summary/case-type-summary';

/** The queue shows the latest clock started: the eligibility reply, then the reply after the interview. */
export const INTERNSHIP_APPLICATION_SUMMARY: CaseTypeSummary<InternshipApplicationState, InternshipApplication> = {
  traits: internshipApplicationTraits,
  columns: (application) => {
    const lastReply = application.finalReply ?? application.eligibility;
    return {
      subject: `IGO internship application: ${application.candidate.fieldOfStudy} (${application.candidate.university})`,
      senderAddress: application.candidate.email,
      senderName: application.candidate.name,
      receivedAt: new Date(application.filedAt),
      answeredAt: dateOrNull(lastReply?.sentAt ?? null),
      ...endingColumns(ending(application, lastReply?.sentAt ?? null)),
    };
  },
};

/** Not eligible, selected or not: each ends with the reply sent to the candidate. */
function ending(application: InternshipApplication, lastReplySentAt: string | null): CaseEnding {
  if (isInternshipApplicationOpen(application)) return STILL_OPEN;
  if (application.withdrawal) return endedBy('withdrawn', application.withdrawal.withdrawnAt);
  return lastReplySentAt ? endedBy('answered', lastReplySentAt) : STILL_OPEN;
}
