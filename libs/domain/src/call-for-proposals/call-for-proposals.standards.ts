import type { ServiceStandard } from '../service-standards/service-standard';

// The selection of humanitarian-action and Québec Without Borders proposals (declaration of
// services, in effect since 1 April 2001). The declaration commits to a fair and transparent
// selection but sets no deadline, so this is a configurable target
// (docs/domain.md#service-standards): administrators publish later versions with `reviseStandard`.

const DECLARATION = 'Ministère des Relations internationales, Declaration of services';

export const SELECTION_STANDARD_ID = 'call-for-proposals-selection';

export const CALL_FOR_PROPOSALS_SELECTION_STANDARD: ServiceStandard = {
  id: SELECTION_STANDARD_ID,
  version: 1,
  effectiveFrom: '2001-04-01',
  title: 'Call for proposals: every organization notified of the selection within 40 working days of closing',
  source:
    `${DECLARATION}, International assistance: "For programs requiring the participation of Québec ` +
    'organizations, we fairly and transparently select projects from the proposals submitted by organizations." ' +
    'No deadline is given: configurable target. Default 40 working days (about two months) leaves time for ' +
    'conflict-of-interest declarations and two evaluations per proposal, then a director’s decision, while ' +
    'letting selected organizations prepare their projects or departures in the same season.',
  clock: {
    startsOn: 'CallForProposalsClosed',
    stopsOn: ['AllOrganizationsNotified'],
    // A call that received no proposal owes no selection: its closing starts no clock.
    cancelledOn: [],
  },
  workingDays: 40,
  // A week's notice: late evaluations can still be reassigned and the decision scheduled.
  warning: { workingDaysBeforeDue: 5, notify: 'assignee' },
  // The decision is a director's, so a late selection goes to the director.
  // Escalation chain (configurable, revised with the standard): a breach still open this much later goes up.
  escalation: { onBreach: 'director', further: { afterWorkingDays: 10, to: 'secretary-general' } },
};

export const CALL_FOR_PROPOSALS_STANDARDS: readonly ServiceStandard[] = [CALL_FOR_PROPOSALS_SELECTION_STANDARD];
