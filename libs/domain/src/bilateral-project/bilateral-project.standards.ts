import type { ServiceStandard } from '../service-standards/service-standard';

// The bilateral cooperation project's standard (declaration of services, in effect since
// 1 April 2001). Later versions are published by administrators (reviseStandard).

const DECLARATION = 'Ministère des Relations internationales, Declaration of services';

export const ANALYSIS_RESULT_STANDARD_ID = 'bilateral-project-analysis-result';

export const BILATERAL_PROJECT_ANALYSIS_RESULT_STANDARD: ServiceStandard = {
  id: ANALYSIS_RESULT_STANDARD_ID,
  version: 1,
  effectiveFrom: '2001-04-01',
  title: 'Bilateral cooperation project: analysis result notified within 15 working days of the end of negotiations',
  source:
    `${DECLARATION}, Our programs and corresponding services: "We notify institutions that submit projects ` +
    'of the results of our analysis within 15 working days following the end of negotiations with foreign partners."',
  clock: {
    startsOn: 'PartnerNegotiationsEnded',
    stopsOn: ['ProjectAnalysisResultNotified'],
    cancelledOn: ['BilateralProjectWithdrawn'],
  },
  workingDays: 15,
  // Configurable target (the declaration sets no warning): three working days, since a result
  // letter, and any conditions attached, usually needs a director's sign-off before it goes out.
  warning: { workingDaysBeforeDue: 3, notify: 'assignee' },
  // Escalation chain (configurable, revised with the standard): a breach still open this much later goes up.
  escalation: { onBreach: 'supervisor', further: { afterWorkingDays: 5, to: 'director' } },
  // Documents only the institution can supply: the clock waits for them.
  pause: { reasons: ['awaiting-institution-documents'] },
};

export const BILATERAL_PROJECT_STANDARDS: readonly ServiceStandard[] = [BILATERAL_PROJECT_ANALYSIS_RESULT_STANDARD];
