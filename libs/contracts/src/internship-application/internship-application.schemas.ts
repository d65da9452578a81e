import type { InternshipApplicationEvent } from '@entente/domain';
import type { Upcaster } from '../upcasting';

/** Current schema version of each internship application event; bump it and add an upcaster on change. */
export const INTERNSHIP_APPLICATION_SCHEMA_VERSIONS: Readonly<Record<InternshipApplicationEvent['type'], number>> = {
  InternshipApplicationFiled: 1,
  InternshipApplicationAssigned: 1,
  InternshipApplicationReassigned: 1,
  EligibilityReplySent: 1,
  InterviewScheduled: 1,
  InterviewHeld: 1,
  FinalReplySent: 1,
  InternshipApplicationWithdrawn: 1,
  ServiceStandardWarning: 1,
  ServiceStandardBreached: 1,
  ServiceStandardBreachEscalated: 1,
  ServiceStandardDueDateMoved: 1,
  ServiceStandardClockPaused: 1,
  ServiceStandardClockResumed: 1,
};

export const INTERNSHIP_APPLICATION_UPCASTERS: readonly Upcaster[] = [];
