import type { EmailRequestEvent } from '@entente/domain';
import type { Upcaster } from '../upcasting';

/** Current schema version of each e-mail request event; bump it and add an upcaster on change. */
export const EMAIL_REQUEST_SCHEMA_VERSIONS: Readonly<Record<EmailRequestEvent['type'], number>> = {
  EmailRequestReceived: 1,
  EmailRequestAssigned: 1,
  EmailRequestReassigned: 1,
  EmailRequestAnswered: 1,
  EmailRequestClosedWithoutAnswer: 1,
  ServiceStandardWarning: 1,
  ServiceStandardBreached: 1,
  ServiceStandardBreachEscalated: 1,
  ServiceStandardDueDateMoved: 1,
  ServiceStandardClockPaused: 1,
  ServiceStandardClockResumed: 1,
};

export const EMAIL_REQUEST_UPCASTERS: readonly Upcaster[] = [];
