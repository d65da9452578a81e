export * from './complaint.events';
export * from './complaint.commands';
// `isOpen` and `mayIssue` are renamed so that the package index can re-export every case type.
export {
  evolveComplaint,
  initialComplaintState,
  isOpen as isComplaintOpen,
  complaintStanding,
  type Complaint,
  type ComplaintAnswer,
  type ComplaintClosure,
  type ComplaintFindings,
  type ComplaintState,
  type ComplaintStatus,
  type OpenComplaint,
} from './complaint.state';
export {
  authorizeComplaintCommand,
  COMPLAINT_ASSIGNEE_ONLY_ROLES,
  COMPLAINT_PERMISSIONS,
  mayIssue as mayIssueComplaintCommand,
} from './complaint.permissions';
export * from './complaint.standards';
export { checkComplaintReceipt, complaintDecider, type ComplaintReceipt } from './complaint.decider';
export * from './complaint.deadlines';
