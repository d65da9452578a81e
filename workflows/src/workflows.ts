// The worker's bundle entry: every export here is a workflow type.
export { emailRequestWorkflow } from './email-request/email-request.workflow';
export { internshipApplicationWorkflow } from './internship-application/internship-application.workflow';
export { complaintWorkflow } from './complaint/complaint.workflow';
export { telephoneInquiryWorkflow } from './telephone-inquiry/telephone-inquiry.workflow';
export { callForProposalsWorkflow } from './call-for-proposals/call-for-proposals.workflow';
export { cooperationEngagementWorkflow } from './cooperation-engagement/cooperation-engagement.workflow';
export { bilateralProjectWorkflow } from './bilateral-project/bilateral-project.workflow';
export { premierMissionWorkflow } from './premier-mission/premier-mission.workflow';
export { calendarChangeWorkflow } from './calendar/calendar-change.workflow';
export { erasePersonalInformationWorkflow } from './privacy/erase-personal-information.workflow';
export { indexPeopleWorkflow } from './privacy/index-people.workflow';
export { recordCorrectionWorkflow } from './privacy/record-correction.workflow';
export { retentionScheduleWorkflow } from './privacy/retention-schedule.workflow';
export { dailyDigestWorkflow } from './notifications/daily-digest.workflow';
