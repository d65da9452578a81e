import { complaintTraits, endedBy, STILL_OPEN, type CaseEnding, type Complaint, type ComplaintState } from '@entente/domain';
import { CaseTypeSummary, dateOrNull, endingColumns } from '../case-summary/case-type-summary';

export const COMPLAINT_SUMMARY: CaseTypeSummary<ComplaintState, Complaint> = {
  traits: complaintTraits,
  columns: (complaint) => ({
    subject: complaint.subject,
    senderAddress: complaint.complainant.email,
    senderName: complaint.complainant.name,
    receivedAt: new Date(complaint.receivedAt),
    answeredAt: dateOrNull(complaint.answer?.answeredAt ?? null),
    ...endingColumns(ending(complaint)),
  }),
};

/** An answered complaint has ended, as its commands say: the list shows it so. */
function ending({ answer, closure }: Complaint): CaseEnding {
  if (answer) return endedBy('answered', answer.answeredAt);
  return closure ? endedBy('closed-without-answer', closure.closedAt) : STILL_OPEN;
}
