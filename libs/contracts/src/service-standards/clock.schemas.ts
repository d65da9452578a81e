import type { ChainedClockEvent } from '@entente/domain';

/**
 * Current schema version of each event a service-standard clock writes, the same in every case
 * type that runs one: bump it and add an upcaster to each of those case types on change.
 */
export const CLOCK_SCHEMA_VERSIONS: Readonly<Record<ChainedClockEvent['type'], number>> = {
  ServiceStandardWarning: 1,
  ServiceStandardBreached: 1,
  ServiceStandardBreachEscalated: 1,
  ServiceStandardDueDateMoved: 1,
  ServiceStandardClockPaused: 1,
  ServiceStandardClockResumed: 1,
};
