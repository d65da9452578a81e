import type { ComplaintAnswered, ComplaintEvent } from '@entente/domain';
import { CLOCK_SCHEMA_VERSIONS } from '../service-standards';
import { recordedAsItHappened, type Upcaster } from '../upcasting';

/** Current schema version of each complaint event; bump it and add an upcaster on change. */
export const COMPLAINT_SCHEMA_VERSIONS: Readonly<Record<ComplaintEvent['type'], number>> = {
  ComplaintReceived: 1,
  ComplaintAssigned: 1,
  ComplaintReassigned: 1,
  ComplaintFindingsRecorded: 1,
  ComplaintAnswered: 2,
  ComplaintClosedWithoutAnswer: 1,
  ...CLOCK_SCHEMA_VERSIONS,
};

/** An answer as schema 1 wrote it: recorded when it was sent, so with one instant. */
export type ComplaintAnsweredV1 = Omit<ComplaintAnswered['data'], 'recordedAt'>;

export const COMPLAINT_UPCASTERS: readonly Upcaster[] = [recordedAsItHappened('ComplaintAnswered', 1, 'answeredAt')];
