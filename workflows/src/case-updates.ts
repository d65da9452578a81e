import type { CaseType } from '@entente/contracts';
import { BILATERAL_PROJECT_UPDATES } from './bilateral-project/bilateral-project.messages';
import { CALL_FOR_PROPOSALS_UPDATES } from './call-for-proposals/call-for-proposals.messages';
import { COMPLAINT_UPDATES } from './complaint/complaint.messages';
import { COOPERATION_ENGAGEMENT_UPDATES } from './cooperation-engagement/cooperation-engagement.messages';
import { EMAIL_REQUEST_UPDATES } from './email-request/email-request.messages';
import { INTERNSHIP_APPLICATION_UPDATES } from './internship-application/internship-application.messages';
import { PREMIER_MISSION_UPDATES } from './premier-mission/premier-mission.messages';
import type { CaseView, UpdateData, UpdateState } from './shared/case-messages';
import { TELEPHONE_INQUIRY_UPDATES } from './telephone-inquiry/telephone-inquiry.messages';

/**
 * Every case type's staff commands, each the Update that carries it, for the API that sends
 * them: a case type missing here fails the build, and so does a command sent with the wrong data.
 */
export const CASE_UPDATES = {
  'email-request': EMAIL_REQUEST_UPDATES,
  'internship-application': INTERNSHIP_APPLICATION_UPDATES,
  complaint: COMPLAINT_UPDATES,
  'telephone-inquiry': TELEPHONE_INQUIRY_UPDATES,
  'call-for-proposals': CALL_FOR_PROPOSALS_UPDATES,
  'cooperation-engagement': COOPERATION_ENGAGEMENT_UPDATES,
  'bilateral-project': BILATERAL_PROJECT_UPDATES,
  'premier-mission': PREMIER_MISSION_UPDATES,
} as const satisfies Readonly<Record<CaseType, object>>;

type CaseUpdates = typeof CASE_UPDATES;

/** The commands staff send to a case of type T. */
export type StaffCommandType<T extends CaseType> = keyof CaseUpdates[T] & string;

/** The data staff send with command K to a case of type T: the domain command's, less what the workflow completes. */
export type StaffCommandData<T extends CaseType, K extends StaffCommandType<T>> = UpdateData<CaseUpdates[T][K]>;

/** The state of a case of type T, as its commands answer it and its workflow's query returns it. */
export type CaseStateOf<T extends CaseType> = UpdateState<CaseUpdates[T][StaffCommandType<T>]>;
export type CaseViewOf<T extends CaseType> = CaseView<CaseStateOf<T>>;
