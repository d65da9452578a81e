import {
  bilateralProjectDecider,
  bilateralProjectTraits,
  BILATERAL_PROJECT_PERMISSIONS,
  CALL_FOR_PROPOSALS_PERMISSIONS,
  callForProposalsDecider,
  callForProposalsTraits,
  CLOCK_COMMAND_PERMISSIONS,
  COMPLAINT_PERMISSIONS,
  complaintDecider,
  complaintTraits,
  COOPERATION_ENGAGEMENT_PERMISSIONS,
  cooperationEngagementDecider,
  cooperationEngagementTraits,
  EMAIL_REQUEST_PERMISSIONS,
  emailRequestDecider,
  emailRequestTraits,
  INTERNSHIP_APPLICATION_PERMISSIONS,
  internshipApplicationDecider,
  internshipApplicationTraits,
  mayIssueNow,
  PREMIER_MISSION_PERMISSIONS,
  premierMissionDecider,
  premierMissionTraits,
  TELEPHONE_INQUIRY_PERMISSIONS,
  telephoneInquiryDecider,
  telephoneInquiryTraits,
  type Actor,
  type ClockState,
  type Role,
} from '@entente/domain';
import type { CaseType } from './case-types';

/** What deciding a case type's commands takes: its decider, who may issue what, and its clocks. */
interface CaseCommandRules {
  readonly decide: (command: never, state: never) => unknown;
  readonly permissions: Readonly<Record<string, readonly Role[]>>;
  readonly clocks: (state: never) => readonly ClockState[];
}

const rules = <S>(
  decider: { decide: (command: never, state: S) => unknown },
  permissions: Record<string, readonly Role[]>,
  traits: { clocks: (state: S) => readonly ClockState[] },
) => ({ decide: (command: never, state: S) => decider.decide(command, state), permissions, clocks: traits.clocks }) as CaseCommandRules;

const CASE_COMMAND_RULES: Readonly<Record<CaseType, CaseCommandRules>> = {
  'email-request': rules(emailRequestDecider, EMAIL_REQUEST_PERMISSIONS, emailRequestTraits),
  'internship-application': rules(internshipApplicationDecider, INTERNSHIP_APPLICATION_PERMISSIONS, internshipApplicationTraits),
  complaint: rules(complaintDecider, COMPLAINT_PERMISSIONS, complaintTraits),
  'telephone-inquiry': rules(telephoneInquiryDecider, TELEPHONE_INQUIRY_PERMISSIONS, telephoneInquiryTraits),
  'call-for-proposals': rules(callForProposalsDecider, CALL_FOR_PROPOSALS_PERMISSIONS, callForProposalsTraits),
  'cooperation-engagement': rules(cooperationEngagementDecider, COOPERATION_ENGAGEMENT_PERMISSIONS, cooperationEngagementTraits),
  'bilateral-project': rules(bilateralProjectDecider, BILATERAL_PROJECT_PERMISSIONS, bilateralProjectTraits),
  'premier-mission': rules(premierMissionDecider, PREMIER_MISSION_PERMISSIONS, premierMissionTraits),
};

/** A command a person may issue on a case now; a clock's names the standard it pauses or resumes. */
export interface AvailableCommand {
  readonly commandType: string;
  readonly standardId?: string;
}

const CLOCK_COMMANDS = new Set(Object.keys(CLOCK_COMMAND_PERMISSIONS));
const staffIssue = (roles: readonly Role[]) => roles.some((role) => role !== 'system');

/**
 * The commands `actor` may issue on a case in `state` at `now`, judged by its case type's own
 * decider and permission tables (the ones the workflow applies), never by a copy of the rules:
 * the steps a screen offers. Clock commands are tried on each of the case's clocks.
 */
export function availableCommands(caseType: CaseType, state: object, actor: Actor, now: string): AvailableCommand[] {
  const { decide, permissions, clocks } = CASE_COMMAND_RULES[caseType];
  const tried = (attempt: { type: string; data: Record<string, unknown> }) => mayIssueNow(decide, state as never, attempt, actor, now);
  const standardIds = clocks(state as never).map((clock) => clock.plan.standardId);
  return Object.entries(permissions)
    .filter(([, roles]) => staffIssue(roles))
    .flatMap(([commandType]): AvailableCommand[] =>
      CLOCK_COMMANDS.has(commandType)
        ? standardIds
            .filter((standardId) => tried({ type: commandType, data: { standardId } }))
            .map((standardId) => ({ commandType, standardId }))
        : tried({ type: commandType, data: {} })
          ? [{ commandType }]
          : [],
    );
}
