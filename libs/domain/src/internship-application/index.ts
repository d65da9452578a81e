export * from './internship-application.events';
export * from './internship-application.commands';
export * from './internship-application.state';
export * from './internship-application.permissions';
export * from './internship-application.standards';
export {
  checkFileInternshipApplication,
  checkRecordInterviewHeld,
  internshipApplicationDecider,
  type InternshipApplicationFiling,
  type InterviewHeldRecord,
} from './internship-application.decider';
export * from './internship-application.deadlines';
export * from './internship-application.traits';
