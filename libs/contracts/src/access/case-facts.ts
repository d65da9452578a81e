import {
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
} from '@entente/domain';
import { CASE_TYPE_TEAMS, type CaseType } from '../case-types';

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
  };
}
