export * from './complaint.events';
export * from './complaint.commands';
export * from './complaint.state';
export * from './complaint.permissions';
export * from './complaint.standards';
export { checkComplaintReceipt, complaintDecider, complaintDeciderUnder, type ComplaintReceipt } from './complaint.decider';
export * from './complaint.rules';
export * from './complaint.deadlines';
export * from './complaint.traits';
