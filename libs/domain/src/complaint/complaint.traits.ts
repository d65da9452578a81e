import { clockedCaseTraits } from '../case-traits';
import { nextComplaintAlarm } from './complaint.deadlines';
import { complaintStanding, isComplaintOpen, type Complaint } from './complaint.state';

/** How a complaint reads to its workflow and to the work queue. */
export const complaintTraits = clockedCaseTraits<Complaint>({
  isOpen: isComplaintOpen,
  nextAlarm: nextComplaintAlarm,
  standing: complaintStanding,
});
