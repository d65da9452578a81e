import {
  BILATERAL_PROJECT_PERMISSIONS,
  CALL_FOR_PROPOSALS_PERMISSIONS,
  COMPLAINT_PERMISSIONS,
  COOPERATION_ENGAGEMENT_PERMISSIONS,
  EMAIL_REQUEST_PERMISSIONS,
  INTERNSHIP_APPLICATION_PERMISSIONS,
  PREMIER_MISSION_PERMISSIONS,
  TELEPHONE_INQUIRY_PERMISSIONS,
  bilateralProjectTraits,
  callForProposalsTraits,
  clockEscalatedTo,
  complaintTraits,
  cooperationEngagementTraits,
  emailRequestTraits,
  internshipApplicationTraits,
  premierMissionTraits,
  telephoneInquiryTraits,
  type CaseFacts,
  type CaseTraits,
  type Role,
} from '@entente/domain';
import { CASE_TYPE_TEAMS, CASE_TYPES, type CaseType } from '../case-types';

const CASE_TRAITS: Readonly<Record<CaseType, CaseTraits<object>>> = {
  'email-request': emailRequestTraits as CaseTraits<object>,
  'internship-application': internshipApplicationTraits as CaseTraits<object>,
  complaint: complaintTraits as CaseTraits<object>,
  'telephone-inquiry': telephoneInquiryTraits as CaseTraits<object>,
  'call-for-proposals': callForProposalsTraits as CaseTraits<object>,
  'cooperation-engagement': cooperationEngagementTraits as CaseTraits<object>,
  'bilateral-project': bilateralProjectTraits as CaseTraits<object>,
  'premier-mission': premierMissionTraits as CaseTraits<object>,
};

const CASE_PERMISSIONS: Readonly<Record<CaseType, Readonly<Record<string, readonly Role[]>>>> = {
  'email-request': EMAIL_REQUEST_PERMISSIONS,
  'internship-application': INTERNSHIP_APPLICATION_PERMISSIONS,
  complaint: COMPLAINT_PERMISSIONS,
  'telephone-inquiry': TELEPHONE_INQUIRY_PERMISSIONS,
  'call-for-proposals': CALL_FOR_PROPOSALS_PERMISSIONS,
  'cooperation-engagement': COOPERATION_ENGAGEMENT_PERMISSIONS,
  'bilateral-project': BILATERAL_PROJECT_PERMISSIONS,
  'premier-mission': PREMIER_MISSION_PERMISSIONS,
};

/** The case types with a command administrators issue (a call's extension): they read those cases, masked. */
export const ADMINISTERED_CASE_TYPES: readonly CaseType[] = CASE_TYPES.filter((caseType) =>
  Object.values(CASE_PERMISSIONS[caseType]).some((roles) => roles.includes('administrator')),
);

interface CallShape {
  readonly proposals?: readonly { readonly evaluations?: readonly { readonly evaluatorId: string }[] }[];
}

/** A call has no assignee: the evaluators assigned to its proposals hold it, each for their own scores. */
function evaluatorsOf(state: CallShape): string[] {
  return (state.proposals ?? []).flatMap((proposal) => (proposal.evaluations ?? []).map(({ evaluatorId }) => evaluatorId));
}

/**
 * What the read policy knows of a case, from its state as its own decider folds it: the same
 * function reads the workflow's live state and the read model's, so both answer alike.
 */
export function caseFactsOf(caseType: CaseType, state: object, recordedBy: string | null): CaseFacts {
  const traits = CASE_TRAITS[caseType];
  const { assignee } = traits.standing(state);
  const evaluators = caseType === 'call-for-proposals' ? evaluatorsOf(state) : [];
  const clock = traits.isOpened(state) ? traits.clocks(state).at(-1) : undefined;
  return {
    team: CASE_TYPE_TEAMS[caseType],
    holders: assignee === null ? evaluators : [assignee, ...evaluators],
    recordedBy,
    open: traits.isOpened(state) && traits.isOpen(state),
    escalatedTo: clock ? clockEscalatedTo(clock) : null,
    administered: ADMINISTERED_CASE_TYPES.includes(caseType),
  };
}
