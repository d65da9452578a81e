import type { CaseWorkflowType } from '@entente/contracts';
import type * as bundle from './workflows';

export * from './email-request';
export * from './internship-application';
export * from './complaint';
export * from './telephone-inquiry';
export * from './call-for-proposals';
export * from './cooperation-engagement';
export * from './bilateral-project';
export * from './premier-mission';
export { calendarChangeWorkflow, type CalendarChange } from './calendar/calendar-change.workflow';
export { erasePersonalInformationWorkflow, type Erasure } from './privacy/erase-personal-information.workflow';
export { indexPeopleWorkflow, type PersonIndexBackfill, type PersonIndexBackfilled } from './privacy/index-people.workflow';
export { recordCorrectionWorkflow, type ClosedCaseCorrection } from './privacy/record-correction.workflow';
export { retentionScheduleWorkflow, type RetentionRun, type RetentionReport } from './privacy/retention-schedule.workflow';
export { dailyDigestWorkflow, type DailyDigest } from './notifications/daily-digest.workflow';
export * from './shared/case-activities';
export * from './shared/case-messages';
export { asFailure } from './shared/domain-failures';
export * from './shared/command-proof';
export type { CaseInput } from './shared/case-definition';
export { checkCaseOpening } from './case-openings';
export * from './case-updates';
export { CASE_SEARCH_ATTRIBUTES, caseWorkflowSummary } from './shared/case-search-attributes';

/**
 * Each case type's workflow under the name the API starts it by (`caseWorkflowType`): a case
 * type the worker's bundle does not export fails the build here.
 */
export type CaseWorkflows = Pick<typeof bundle, CaseWorkflowType>;
