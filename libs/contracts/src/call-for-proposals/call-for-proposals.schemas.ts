import {
  departingProposalIds,
  type CallForProposalsEvent,
  type ConflictOfInterestDeclared,
  type Organization,
  type OrganizationNotified,
  type ProposalSubmitted,
  type SelectionDecided,
} from '@entente/domain';
import { CLOCK_SCHEMA_VERSIONS } from '../service-standards';
import { recordedAsItHappened, type Upcaster } from '../upcasting';

/** Current schema version of each call-for-proposals event; bump it and add an upcaster on change. */
export const CALL_FOR_PROPOSALS_SCHEMA_VERSIONS: Readonly<Record<CallForProposalsEvent['type'], number>> = {
  CallForProposalsPublished: 1,
  ProposalSubmitted: 2,
  CallForProposalsExtended: 1,
  CallForProposalsClosed: 1,
  EvaluatorsAssigned: 1,
  NoConflictOfInterestDeclared: 1,
  ConflictOfInterestDeclared: 2,
  ProposalScored: 1,
  SelectionDecided: 2,
  OrganizationNotified: 3,
  AllOrganizationsNotified: 1,
  ...CLOCK_SCHEMA_VERSIONS,
};

/** A conflict as schema 1 wrote it: it recused the evaluator from the one proposal. */
export type ConflictOfInterestDeclaredV1 = Omit<ConflictOfInterestDeclared['data'], 'alsoRecusedFrom'>;

/** A decision as schema 1 wrote it: departures from the ranking were not recorded as such. */
export type SelectionDecidedV1 = Omit<SelectionDecided['data'], 'departure'>;

/** Schema 1 conflicts recused from the proposal they were declared on, and from no other. */
const conflictRecusedFromOneProposal: Upcaster = {
  type: 'ConflictOfInterestDeclared',
  fromVersion: 1,
  upcast: (data): ConflictOfInterestDeclared['data'] => ({ ...(data as ConflictOfInterestDeclaredV1), alsoRecusedFrom: [] }),
};

/**
 * A schema 1 decision kept every outcome beside its rank, so its departures are found again; no
 * justification was asked for then, and none is made up.
 */
const departureFoundAgain: Upcaster = {
  type: 'SelectionDecided',
  fromVersion: 1,
  upcast: (data): SelectionDecided['data'] => {
    const decided = data as SelectionDecidedV1;
    const proposalIds = departingProposalIds(decided.decisions);
    return { ...decided, departure: proposalIds.length === 0 ? null : { proposalIds, justification: null } };
  },
};

/** An organization as schema 1 of its events wrote it: its e-mail named `contactEmail`. */
export type OrganizationV1 = Omit<Organization, 'email'> & { readonly contactEmail: string };
export type ProposalSubmittedV1 = Omit<ProposalSubmitted['data'], 'organization'> & { organization: OrganizationV1 };
/** A notification as schema 2 wrote it: recorded as it happened. */
export type OrganizationNotifiedV2 = Omit<OrganizationNotified['data'], 'recordedAt'>;
export type OrganizationNotifiedV1 = Omit<OrganizationNotifiedV2, 'organization'> & { organization: OrganizationV1 };

/** Schema 1 events read with the organization's e-mail under the name every case type uses. */
const organizationEmailNamed = (type: 'ProposalSubmitted' | 'OrganizationNotified'): Upcaster => ({
  type,
  fromVersion: 1,
  upcast: (data) => {
    const { organization, ...rest } = data as ProposalSubmittedV1 | OrganizationNotifiedV1;
    return { ...rest, organization: { id: organization.id, name: organization.name, email: organization.contactEmail } };
  },
});

export const CALL_FOR_PROPOSALS_UPCASTERS: readonly Upcaster[] = [
  conflictRecusedFromOneProposal,
  departureFoundAgain,
  organizationEmailNamed('ProposalSubmitted'),
  organizationEmailNamed('OrganizationNotified'),
  recordedAsItHappened('OrganizationNotified', 2, 'notifiedAt'),
];
