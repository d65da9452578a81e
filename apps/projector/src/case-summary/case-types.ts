import type { CaseType } from '@entente/contracts';
import { EMAIL_REQUEST_SUMMARY } from '../email-request/email-request.summary';
import { INTERNSHIP_APPLICATION_SUMMARY } from '../internship-application/internship-application.summary';
import { COMPLAINT_SUMMARY } from '../complaint/complaint.summary';
import { TELEPHONE_INQUIRY_SUMMARY } from '../telephone-inquiry/telephone-inquiry.summary';
import { CALL_FOR_PROPOSALS_SUMMARY } from '../call-for-proposals/call-for-proposals.summary';
import { COOPERATION_ENGAGEMENT_SUMMARY } from '../cooperation-engagement/cooperation-engagement.summary';
import { BILATERAL_PROJECT_SUMMARY } from '../bilateral-project/bilateral-project.summary';
import { PREMIER_MISSION_SUMMARY } from '../premier-mission/premier-mission.summary';
import { anyState, type CaseTypeSummary } from './case-type-summary';

/** Every case type the projector reads, by the case type its envelopes carry. */
export const CASE_TYPE_SUMMARIES: Readonly<Record<CaseType, CaseTypeSummary<object, object>>> = {
  'email-request': anyState(EMAIL_REQUEST_SUMMARY),
  'internship-application': anyState(INTERNSHIP_APPLICATION_SUMMARY),
  complaint: anyState(COMPLAINT_SUMMARY),
  'telephone-inquiry': anyState(TELEPHONE_INQUIRY_SUMMARY),
  'call-for-proposals': anyState(CALL_FOR_PROPOSALS_SUMMARY),
  'cooperation-engagement': anyState(COOPERATION_ENGAGEMENT_SUMMARY),
  'bilateral-project': anyState(BILATERAL_PROJECT_SUMMARY),
  'premier-mission': anyState(PREMIER_MISSION_SUMMARY),
};
