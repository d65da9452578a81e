import type { ComplaintEvent } from '@entente/domain';
import { CLOCK_SCHEMA_VERSIONS } from '../service-standards';
import type { Upcaster } from '../upcasting';

/** Current schema version of each complaint event; bump it and add an upcaster on change. */
export const COMPLAINT_SCHEMA_VERSIONS: Readonly<Record<ComplaintEvent['type'], number>> = {
  ComplaintReceived: 1,
  ComplaintAssigned: 1,
  ComplaintReassigned: 1,
  ComplaintFindingsRecorded: 1,
  ComplaintAnswered: 1,
  ComplaintClosedWithoutAnswer: 1,
  ...CLOCK_SCHEMA_VERSIONS,
};

export const COMPLAINT_UPCASTERS: readonly Upcaster[] = [];
