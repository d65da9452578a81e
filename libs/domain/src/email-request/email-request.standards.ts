import type { ServiceStandard } from '../service-standards/service-standard';

// The e-mail standard of the Ministère des Relations internationales' declaration of services
// (docs/domain.md#e-mail-information-requests). Later versions are published by administrators
// (reviseStandard).

const DECLARATION = 'Ministère des Relations internationales, Declaration of services';

export const EMAIL_INFORMATION_REQUEST_STANDARD: ServiceStandard = {
  id: 'email-information-request',
  version: 1,
  effectiveFrom: '2001-04-01',
  title: 'Information request by e-mail answered within four working days',
  source: `${DECLARATION}: "If you e-mail us, we answer your message within four working days."`,
  clock: {
    startsOn: 'EmailRequestReceived',
    stopsOn: ['EmailRequestAnswered'],
    cancelledOn: ['EmailRequestClosedWithoutAnswer'],
  },
  workingDays: 4,
  warning: { workingDaysBeforeDue: 1, notify: 'assignee' },
  // Two more working days without an answer and the director hears of it (a configurable
  // target: the declaration sets none; administrators revise it with the standard).
  escalation: { onBreach: 'supervisor', further: { afterWorkingDays: 2, to: 'director' } },
  // Only the requester can supply a missing detail: the clock waits for it.
  pause: { reasons: ['awaiting-requester-information'] },
};

export const EMAIL_REQUEST_STANDARDS: readonly ServiceStandard[] = [EMAIL_INFORMATION_REQUEST_STANDARD];
