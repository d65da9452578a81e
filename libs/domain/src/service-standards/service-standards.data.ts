import type { ServiceStandard } from './service-standard';

// The declaration of services of the Ministère des Relations internationales (DOMAIN.md
// section 2). A revised declaration adds a new version here; old versions stay, because open
// cases keep the version in force when their clock started.

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
  escalation: { onBreach: 'supervisor' },
};

export const SERVICE_STANDARDS: readonly ServiceStandard[] = [EMAIL_INFORMATION_REQUEST_STANDARD];
