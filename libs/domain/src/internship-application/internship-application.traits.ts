import { clockedCaseTraits } from '../case-traits';
import { nextInternshipApplicationAlarm } from './internship-application.deadlines';
import { internshipApplicationStanding, isInternshipApplicationOpen, type InternshipApplication } from './internship-application.state';

/** How an internship application reads to its workflow and to the work queue. */
export const internshipApplicationTraits = clockedCaseTraits<InternshipApplication>({
  isOpen: isInternshipApplicationOpen,
  nextAlarm: nextInternshipApplicationAlarm,
  standing: internshipApplicationStanding,
});
