import type { BilateralProjectEvent } from '@entente/domain';
import { CLOCK_SCHEMA_VERSIONS } from '../service-standards';
import type { Upcaster } from '../upcasting';

/** Current schema version of each bilateral project event; bump it and add an upcaster on change. */
export const BILATERAL_PROJECT_SCHEMA_VERSIONS: Readonly<Record<BilateralProjectEvent['type'], number>> = {
  BilateralProjectSubmitted: 1,
  BilateralProjectAssigned: 1,
  BilateralProjectReassigned: 1,
  PartnerNegotiationsStarted: 1,
  NegotiationRoundRecorded: 1,
  PartnerNegotiationsEnded: 1,
  PartnerNegotiationsAbandoned: 1,
  ProjectAnalysisResultNotified: 1,
  DeploymentSupportProvided: 1,
  BilateralProjectDeployed: 1,
  BilateralProjectWithdrawn: 1,
  ...CLOCK_SCHEMA_VERSIONS,
};

export const BILATERAL_PROJECT_UPCASTERS: readonly Upcaster[] = [];
