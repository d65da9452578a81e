import type { ServiceStandard } from '../service-standards/service-standard';

// The complaint standard of the Ministère des Relations internationales' declaration of services
// (docs/domain.md#complaints). Later versions are published by administrators (reviseStandard).

const DECLARATION = 'Ministère des Relations internationales, Declaration of services';

export const COMPLAINT_STANDARD_ID = 'complaint';

export const COMPLAINT_STANDARD: ServiceStandard = {
  id: COMPLAINT_STANDARD_ID,
  version: 1,
  effectiveFrom: '2001-04-01',
  title: 'Complaint processed within fifteen working days of receipt',
  source:
    `${DECLARATION}: "The department's Secretary General is interested in receiving your comments and ` +
    'suggestions and will process any complaints within 15 working days of receipt of your letter."',
  clock: {
    startsOn: 'ComplaintReceived',
    stopsOn: ['ComplaintAnswered'],
    cancelledOn: ['ComplaintClosedWithoutAnswer'],
  },
  workingDays: 15,
  // Three working days: the answer goes out over the Secretary General's signature, so the
  // officer's draft needs time for review.
  warning: { workingDaysBeforeDue: 3, notify: 'assignee' },
  // The declaration makes the Secretary General answerable for complaints.
  escalation: { onBreach: 'secretary-general' },
  // Only the complainant can supply a missing document: the clock waits for it.
  pause: { reasons: ['awaiting-complainant-information'] },
};

export const COMPLAINT_STANDARDS: readonly ServiceStandard[] = [COMPLAINT_STANDARD];
