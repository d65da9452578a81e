import type { CooperationEngagementEvent } from '@entente/domain';
import { CLOCK_SCHEMA_VERSIONS } from '../service-standards';
import type { Upcaster } from '../upcasting';

/** Current schema version of each cooperation engagement event; bump it and add an upcaster on change. */
export const COOPERATION_ENGAGEMENT_SCHEMA_VERSIONS: Readonly<Record<CooperationEngagementEvent['type'], number>> = {
  CooperationEngagementOpened: 1,
  CooperationEngagementReassigned: 1,
  NeedsRecorded: 1,
  AssessmentMissionPlanned: 1,
  AssessmentMissionHeld: 1,
  AssistanceAgreed: 1,
  EngagementDeclined: 1,
  ActionPlanProposed: 1,
  ActionPlanApproved: 1,
  ActionPlanModificationsRequested: 1,
  ActionPlanRejected: 1,
  ActivityPlanned: 1,
  ActivityHeld: 1,
  ActivityCancelled: 1,
  ServiceDeliveryCompleted: 1,
  FollowUpRecorded: 1,
  ActivityReportSubmitted: 1,
  CooperationEngagementWithdrawn: 1,
  ...CLOCK_SCHEMA_VERSIONS,
};

export const COOPERATION_ENGAGEMENT_UPCASTERS: readonly Upcaster[] = [];
