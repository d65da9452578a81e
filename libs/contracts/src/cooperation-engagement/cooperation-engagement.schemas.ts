import { parliamentFromText, requesterFromText, type CooperationEngagementEvent, type RequesterKind } from '@entente/domain';
import { CLOCK_SCHEMA_VERSIONS } from '../service-standards';
import { instantCopied, type Upcaster } from '../upcasting';

/** Current schema version of each cooperation engagement event; bump it and add an upcaster on change. */
export const COOPERATION_ENGAGEMENT_SCHEMA_VERSIONS: Readonly<Record<CooperationEngagementEvent['type'], number>> = {
  CooperationEngagementOpened: 2,
  CooperationEngagementReassigned: 1,
  NeedsRecorded: 2,
  AssessmentMissionPlanned: 1,
  AssessmentMissionHeld: 1,
  AssistanceAgreed: 2,
  EngagementDeclined: 2,
  ActionPlanProposed: 2,
  ActionPlanApproved: 1,
  ActionPlanModificationsRequested: 1,
  ActionPlanRejected: 1,
  ActivityPlanned: 1,
  ActivityHeld: 1,
  ActivityCancelled: 1,
  ServiceDeliveryCompleted: 2,
  FollowUpRecorded: 2,
  ActivityReportSubmitted: 2,
  CooperationEngagementWithdrawn: 1,
  ...CLOCK_SCHEMA_VERSIONS,
};

/**
 * The instant each event gained at schema 2, when facts took the instant they happened, and the
 * field schema 1 holds it in: a fact was then taken as it was recorded, so both instants are one.
 */
export const COOPERATION_ENGAGEMENT_FACT_INSTANTS: Readonly<
  Partial<Record<CooperationEngagementEvent['type'], { readonly added: string; readonly from: string }>>
> = {
  NeedsRecorded: { added: 'assessedAt', from: 'recordedAt' },
  AssistanceAgreed: { added: 'decidedAt', from: 'recordedAt' },
  EngagementDeclined: { added: 'decidedAt', from: 'recordedAt' },
  ActionPlanProposed: { added: 'recordedAt', from: 'proposedAt' },
  ServiceDeliveryCompleted: { added: 'recordedAt', from: 'completedAt' },
  FollowUpRecorded: { added: 'heldAt', from: 'recordedAt' },
  ActivityReportSubmitted: { added: 'recordedAt', from: 'submittedAt' },
};

const FACT_INSTANT_UPCASTERS: readonly Upcaster[] = Object.entries(COOPERATION_ENGAGEMENT_FACT_INSTANTS).map(([type, { added, from }]) =>
  instantCopied(type, 1, added, from),
);

type PartnersAsText = { requester: { kind: RequesterKind; name: string }; partnerParliament: { name: string; country: string } };

/** Schema 1 named the partners as text only: read against the reference lists, ids null where they know none. */
const PARTNERS_UPCASTER: Upcaster = {
  type: 'CooperationEngagementOpened',
  fromVersion: 1,
  upcast: (data) => {
    const { requester, partnerParliament, ...rest } = data as PartnersAsText;
    return {
      ...rest,
      requester: requesterFromText(requester.kind, requester.name),
      partnerParliament: parliamentFromText(partnerParliament.name, partnerParliament.country),
    };
  },
};

export const COOPERATION_ENGAGEMENT_UPCASTERS: readonly Upcaster[] = [...FACT_INSTANT_UPCASTERS, PARTNERS_UPCASTER];
