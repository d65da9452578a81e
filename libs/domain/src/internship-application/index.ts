export * from './internship-application.events';
export * from './internship-application.commands';
export * from './internship-application.state';
export * from './internship-application.permissions';
export * from './internship-application.standards';
export {
  checkFileInternshipApplication,
  checkRecordInterviewHeld,
  FIRST_INTERNSHIP_APPLICATION_RULES,
  internshipApplicationDecider,
  internshipApplicationDeciderUnder,
  type InternshipApplicationFiling,
  type InternshipApplicationRules,
  type InterviewHeldRecord,
} from './internship-application.decider';
export * from './internship-application.deadlines';
export * from './internship-application.traits';
