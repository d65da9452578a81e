import type { ComplaintEvent } from '@entente/domain';
import type { Upcaster } from '../upcasting';

/** Current schema version of each complaint event; bump it and add an upcaster on change. */
export const COMPLAINT_SCHEMA_VERSIONS: Readonly<Record<ComplaintEvent['type'], number>> = {
  ComplaintReceived: 1,
  ComplaintAssigned: 1,
  ComplaintReassigned: 1,
  ComplaintFindingsRecorded: 1,
  ComplaintAnswered: 1,
  ComplaintClosedWithoutAnswer: 1,
  ServiceStandardWarning: 1,
  ServiceStandardBreached: 1,
  ServiceStandardBreachEscalated: 1,
  ServiceStandardDueDateMoved: 1,
  ServiceStandardClockPaused: 1,
  ServiceStandardClockResumed: 1,
};

export const COMPLAINT_UPCASTERS: readonly Upcaster[] = [];
