import type { AnalysisResult, BilateralProjectEvent, BilateralProjectSubmitted, ProjectAnalysisResultNotified } from '@entente/domain';
import { CLOCK_SCHEMA_VERSIONS } from '../service-standards';
import { recordedAsItHappened, type Upcaster } from '../upcasting';

/** Current schema version of each bilateral project event; bump it and add an upcaster on change. */
export const BILATERAL_PROJECT_SCHEMA_VERSIONS: Readonly<Record<BilateralProjectEvent['type'], number>> = {
  BilateralProjectSubmitted: 2,
  BilateralProjectAssigned: 1,
  BilateralProjectReassigned: 1,
  PartnerNegotiationsStarted: 1,
  NegotiationRoundRecorded: 1,
  PartnerNegotiationsEnded: 1,
  PartnerNegotiationsAbandoned: 1,
  ProjectAnalysisResultNotified: 2,
  DeploymentSupportProvided: 1,
  BilateralProjectDeployed: 1,
  BilateralProjectWithdrawn: 1,
  ...CLOCK_SCHEMA_VERSIONS,
};

/** A notification as schema 1 wrote it: recorded as it happened, so with one instant. */
export type ProjectAnalysisResultNotifiedV1 = AnalysisResult &
  Pick<ProjectAnalysisResultNotified['data'], 'notifiedBy' | 'notifiedAt' | 'clockOutcome'>;

/** Schema 1 took the notification's instant when it was recorded: both instants are that one. */
const notificationRecordedAt = recordedAsItHappened('ProjectAnalysisResultNotified', 1, 'notifiedAt');

/** A submission as schema 1 wrote it: the institution's e-mail named `contactEmail`. */
export type BilateralProjectSubmittedV1 = Omit<BilateralProjectSubmitted['data'], 'institution'> & {
  institution: { readonly name: string; readonly contactName: string | null; readonly contactEmail: string };
};

/** Schema 1 submissions read with the institution's e-mail under the name every case type uses. */
const institutionEmailNamed: Upcaster = {
  type: 'BilateralProjectSubmitted',
  fromVersion: 1,
  upcast: (data): BilateralProjectSubmitted['data'] => {
    const { institution, ...submission } = data as BilateralProjectSubmittedV1;
    return {
      ...submission,
      institution: { name: institution.name, contactName: institution.contactName, email: institution.contactEmail },
    };
  },
};

export const BILATERAL_PROJECT_UPCASTERS: readonly Upcaster[] = [notificationRecordedAt, institutionEmailNamed];
