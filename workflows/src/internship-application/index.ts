export { internshipApplicationWorkflow, type InternshipApplicationView } from './internship-application.workflow';
