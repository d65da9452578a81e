import { complaintTraits, type Complaint, type ComplaintState } from '@entente/domain';
import { CaseTypeSummary, dateOrNull } from '../case-summary/case-type-summary';

export const COMPLAINT_SUMMARY: CaseTypeSummary<ComplaintState, Complaint> = {
  traits: complaintTraits,
  columns: (complaint) => ({
    subject: complaint.subject,
    senderAddress: complaint.complainant.email,
    senderName: complaint.complainant.name,
    receivedAt: new Date(complaint.receivedAt),
    answeredAt: dateOrNull(complaint.answer?.answeredAt ?? null),
    closedAt: dateOrNull(complaint.closure?.closedAt ?? null),
  }),
};
