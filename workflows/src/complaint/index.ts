export { complaintWorkflow, type ComplaintView } from './complaint.workflow';
