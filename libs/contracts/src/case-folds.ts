import {
  bilateralProjectDecider,
  correctedState,
  callForProposalsDecider,
  complaintDecider,
  cooperationEngagementDecider,
  emailRequestDecider,
  internshipApplicationDecider,
  premierMissionDecider,
  telephoneInquiryDecider,
} from '@entente/domain';
import { BILATERAL_PROJECT_UPCASTERS } from './bilateral-project';
import { CALL_FOR_PROPOSALS_UPCASTERS } from './call-for-proposals';
import type { CaseType } from './case-types';
import { COMPLAINT_UPCASTERS } from './complaint';
import { COOPERATION_ENGAGEMENT_UPCASTERS } from './cooperation-engagement';
import { EMAIL_REQUEST_UPCASTERS } from './email-request';
import type { EventEnvelope } from './envelope';
import { INTERNSHIP_APPLICATION_UPCASTERS } from './internship-application';
import { PREMIER_MISSION_UPCASTERS } from './premier-mission';
import { isCaseLevelEvent, PERSONAL_INFORMATION_CORRECTED, type PersonalInformationCorrectedData } from './privacy';
import { TELEPHONE_INQUIRY_UPCASTERS } from './telephone-inquiry';
import { upcastWith, type Upcaster } from './upcasting';

/** How stored events of a case type fold into its state: its decider's own evolve, on upcast events. */
export interface CaseFold {
  readonly initialState: () => object;
  readonly evolve: (state: object, event: EventEnvelope) => object;
}

interface Evolving<S, E> {
  readonly initialState: () => S;
  readonly evolve: (state: S, event: E) => S;
}

function foldOf<S extends object, E>(decider: Evolving<S, E>, upcasters: readonly Upcaster[]): CaseFold {
  const upcast = upcastWith(upcasters);
  return {
    initialState: decider.initialState,
    evolve: (state, envelope) => {
      if (envelope.type === PERSONAL_INFORMATION_CORRECTED) return correctedFold(state, envelope.data);
      // Recorded beside the case's decider (an erasure): the state it folds is as it was.
      if (isCaseLevelEvent(envelope.type)) return state;
      // The envelope's type names its data's shape, as the case type's decider wrote it.
      const { type, data } = upcast(envelope);
      return decider.evolve(state as S, { type, data } as E);
    },
  };
}

/** A correction reads the same in every fold of the case: the field holds the corrected text from then on. */
function correctedFold(state: object, data: unknown): object {
  const { field, correctedValue } = data as PersonalInformationCorrectedData;
  return correctedState(state, field, correctedValue);
}

export const CASE_FOLDS: Readonly<Record<CaseType, CaseFold>> = {
  'email-request': foldOf(emailRequestDecider, EMAIL_REQUEST_UPCASTERS),
  'internship-application': foldOf(internshipApplicationDecider, INTERNSHIP_APPLICATION_UPCASTERS),
  complaint: foldOf(complaintDecider, COMPLAINT_UPCASTERS),
  'telephone-inquiry': foldOf(telephoneInquiryDecider, TELEPHONE_INQUIRY_UPCASTERS),
  'call-for-proposals': foldOf(callForProposalsDecider, CALL_FOR_PROPOSALS_UPCASTERS),
  'cooperation-engagement': foldOf(cooperationEngagementDecider, COOPERATION_ENGAGEMENT_UPCASTERS),
  'bilateral-project': foldOf(bilateralProjectDecider, BILATERAL_PROJECT_UPCASTERS),
  'premier-mission': foldOf(premierMissionDecider, PREMIER_MISSION_UPCASTERS),
};

/** A case's state after the given events, in sequence order (an auditor's "as of"). */
export function foldCase(caseType: CaseType, events: readonly EventEnvelope[]): object {
  const fold = CASE_FOLDS[caseType];
  return events.reduce((state, event) => fold.evolve(state, event), fold.initialState());
}
