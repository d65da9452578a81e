import type { CallForProposalsEvent } from '@entente/domain';
import { CLOCK_SCHEMA_VERSIONS } from '../service-standards';
import type { Upcaster } from '../upcasting';

/** Current schema version of each call-for-proposals event; bump it and add an upcaster on change. */
export const CALL_FOR_PROPOSALS_SCHEMA_VERSIONS: Readonly<Record<CallForProposalsEvent['type'], number>> = {
  CallForProposalsPublished: 1,
  ProposalSubmitted: 1,
  CallForProposalsExtended: 1,
  CallForProposalsClosed: 1,
  EvaluatorsAssigned: 1,
  NoConflictOfInterestDeclared: 1,
  ConflictOfInterestDeclared: 1,
  ProposalScored: 1,
  SelectionDecided: 1,
  OrganizationNotified: 1,
  AllOrganizationsNotified: 1,
  ...CLOCK_SCHEMA_VERSIONS,
};

export const CALL_FOR_PROPOSALS_UPCASTERS: readonly Upcaster[] = [];
