export * from './internship-application.events';
export * from './internship-application.commands';
// `isOpen` and `mayIssue` are renamed so that the package index can re-export every case type.
export {
  evolveInternshipApplication,
  initialInternshipApplicationState,
  isOpen as isInternshipApplicationOpen,
  internshipApplicationStanding,
  type Interview,
  type InternshipApplication,
  type InternshipApplicationState,
  type InternshipApplicationStatus,
  type OpenInternshipApplication,
  type SentReply,
} from './internship-application.state';
export {
  authorizeInternshipApplicationCommand,
  INTERNSHIP_APPLICATION_ASSIGNEE_ONLY_ROLES,
  INTERNSHIP_APPLICATION_PERMISSIONS,
  INTERNSHIP_APPLICATION_REASSIGN_ROLES,
  mayIssue as mayIssueInternshipApplicationCommand,
} from './internship-application.permissions';
export * from './internship-application.standards';
export {
  checkFileInternshipApplication,
  checkRecordInterviewHeld,
  internshipApplicationDecider,
  type InternshipApplicationFiling,
  type InterviewHeldRecord,
} from './internship-application.decider';
export * from './internship-application.deadlines';
