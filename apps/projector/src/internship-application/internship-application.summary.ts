import {
  internshipApplicationTraits,
  isInternshipApplicationOpen,
  type InternshipApplication,
  type InternshipApplicationState,
} from '@entente/domain';
import { CaseTypeSummary, dateOrNull } from '../case-summary/case-type-summary';

/** The queue shows the latest clock started: the eligibility reply, then the reply after the interview. */
export const INTERNSHIP_APPLICATION_SUMMARY: CaseTypeSummary<InternshipApplicationState, InternshipApplication> = {
  traits: internshipApplicationTraits,
  columns: (application) => {
    const lastReply = application.finalReply ?? application.eligibility;
    const closedAt = isInternshipApplicationOpen(application) ? null : (application.withdrawal?.withdrawnAt ?? lastReply?.sentAt ?? null);
    return {
      subject: `IGO internship application: ${application.candidate.fieldOfStudy} (${application.candidate.university})`,
      senderAddress: application.candidate.email,
      senderName: application.candidate.name,
      receivedAt: new Date(application.filedAt),
      answeredAt: dateOrNull(lastReply?.sentAt ?? null),
      closedAt: dateOrNull(closedAt),
    };
  },
};
