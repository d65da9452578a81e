import type { CaseType } from '@entente/contracts';
import type { Command, Event } from '@entente/domain';
import { BILATERAL_PROJECT_CASE } from './bilateral-project/bilateral-project.workflow';
import { CALL_FOR_PROPOSALS_CASE } from './call-for-proposals/call-for-proposals.workflow';
import { COMPLAINT_CASE } from './complaint/complaint.workflow';
import { COOPERATION_ENGAGEMENT_CASE } from './cooperation-engagement/cooperation-engagement.workflow';
import { EMAIL_REQUEST_CASE } from './email-request/email-request.workflow';
import { INTERNSHIP_APPLICATION_CASE } from './internship-application/internship-application.workflow';
import { PREMIER_MISSION_CASE } from './premier-mission/premier-mission.workflow';
import type { CommandRequest } from './shared/case-messages';
import { checkOpening, type CaseDefinition } from './shared/case-workflow';
import { TELEPHONE_INQUIRY_CASE } from './telephone-inquiry/telephone-inquiry.workflow';

type OpeningCheck = (commandType: string, request: CommandRequest<object>) => void;

const openingCheckOf =
  <S, C extends Command<string, unknown>, E extends Event<string, unknown>, R extends Command<string, unknown>>(
    definition: CaseDefinition<S, C, E, R>,
  ): OpeningCheck =>
  (commandType, request) =>
    checkOpening(definition, commandType, request);

/** Every case type's opening checks; a case type missing here fails the build. */
const OPENING_CHECKS: Readonly<Record<CaseType, OpeningCheck>> = {
  'email-request': openingCheckOf(EMAIL_REQUEST_CASE),
  'internship-application': openingCheckOf(INTERNSHIP_APPLICATION_CASE),
  complaint: openingCheckOf(COMPLAINT_CASE),
  'telephone-inquiry': openingCheckOf(TELEPHONE_INQUIRY_CASE),
  'call-for-proposals': openingCheckOf(CALL_FOR_PROPOSALS_CASE),
  'cooperation-engagement': openingCheckOf(COOPERATION_ENGAGEMENT_CASE),
  'bilateral-project': openingCheckOf(BILATERAL_PROJECT_CASE),
  'premier-mission': openingCheckOf(PREMIER_MISSION_CASE),
};

/**
 * Runs the checks the case's workflow would run on its opening command, outside any workflow:
 * the API refuses a bad opening before it starts anything. Throws the domain's refusal.
 */
export function checkCaseOpening(caseType: CaseType, commandType: string, request: CommandRequest<object>): void {
  OPENING_CHECKS[caseType](commandType, request);
}
