import type { Actor } from '../shared/command';
import { InvalidCommand } from '../shared/errors';
import { QC_PUBLIC_SERVICE_CALENDAR } from '../calendar/working-calendar';
import { planClock } from '../service-standards/clock-plan';
import type { BilateralProjectCommand } from './bilateral-project.commands';
import type { BilateralProjectEvent, DeploymentSupportProvided, NegotiationRoundRecorded } from './bilateral-project.events';
import { BILATERAL_PROJECT_ANALYSIS_RESULT_STANDARD } from './bilateral-project.standards';

// Test data for the specs beside this file (not exported from index.ts). A cégep submits a
// project under the Québec–Bavaria agreement in February 2026; negotiations end on Thursday
// 26 March, so the 15-working-day clock runs across Good Friday and Easter Monday (3 and 6 April)
// and is due Monday 20 April at 17:00 Eastern (21:00Z, daylight time).

export const SUBMITTED_AT = '2026-02-16T15:00:00.000Z'; // Monday 10:00 Eastern (standard time)
export const RECORDED = '2026-02-17T14:00:00.000Z';
export const STARTED_AT = '2026-03-02T14:00:00.000Z';
export const ROUND_AT = '2026-03-12T13:00:00.000Z'; // 09:00 Eastern (daylight time since 8 March)
export const ENDED_AT = '2026-03-26T15:00:00.000Z'; // Thursday 11:00 Eastern
export const END_RECORDED = '2026-03-27T13:00:00.000Z'; // recorded the next morning
export const CLOCK = planClock(BILATERAL_PROJECT_ANALYSIS_RESULT_STANDARD, QC_PUBLIC_SERVICE_CALENDAR, ENDED_AT);
export const NOTIFIED_AT = '2026-04-14T18:00:00.000Z';
export const AFTER_DUE = '2026-04-21T14:00:00.000Z';
export const SUPPORT_AT = '2026-05-05T14:00:00.000Z';
export const DEPLOYED_AT = '2026-06-01T14:00:00.000Z';
export const LATER = '2026-06-02T13:00:00.000Z';

export const intake: Actor = { id: 'ines', role: 'intake-officer' };
export const olivier: Actor = { id: 'olivier', role: 'case-officer' };
export const odile: Actor = { id: 'odile', role: 'case-officer' };
export const supervisor: Actor = { id: 'sophie', role: 'supervisor' };
export const director: Actor = { id: 'denis', role: 'director' };
export const coordinator: Actor = { id: 'corinne', role: 'coordinator' };
export const system: Actor = { id: 'service-standard-clock', role: 'system' };
export const auditor: Actor = { id: 'aude', role: 'auditor' };

export function command<C extends BilateralProjectCommand>(type: C['type'], data: C['data'], actor: Actor, now: string): C {
  return { type, data, metadata: { actor, now, correlationId: 'corr-1' } } as C;
}

export const field = (name: string) => (error: InvalidCommand) => error.field === name;

export const submission = {
  caseId: 'bcp-2026-004',
  institution: {
    name: 'Cégep de Saint-Félicien',
    contactName: 'Geneviève Bouchard',
    email: 'genevieve.bouchard@cstfelicien.qc.ca',
  },
  agreement: { title: 'Québec–Bavaria Cooperation Agreement', partnerGovernment: 'Free State of Bavaria' },
  title: 'Trainer exchange in sustainable forest management',
  summary: 'Two missions of forestry trainers between Saint-Félicien and the Weihenstephan-Triesdorf university.',
  sector: 'Environment and sustainable development',
  requestedSupport: { description: 'Travel costs of two trainer missions and liaison with the Bavarian ministry', amountCad: 18000 },
  submittedAt: SUBMITTED_AT,
};

export const submitted: BilateralProjectEvent = {
  type: 'BilateralProjectSubmitted',
  data: { ...submission, recordedBy: 'ines' },
};
export const assigned = (officerId = 'olivier'): BilateralProjectEvent => ({
  type: 'BilateralProjectAssigned',
  data: { officerId, assignedBy: 'ines' },
});
export const started: BilateralProjectEvent = {
  type: 'PartnerNegotiationsStarted',
  data: { startedAt: STARTED_AT, notes: null, recordedBy: 'olivier' },
};
export const round1: NegotiationRoundRecorded = {
  type: 'NegotiationRoundRecorded',
  data: { round: 1, heldAt: ROUND_AT, notes: 'Joint commission by video conference: budget split agreed.', recordedBy: 'olivier' },
};
export const ended: BilateralProjectEvent = {
  type: 'PartnerNegotiationsEnded',
  data: { endedAt: ENDED_AT, notes: null, recordedBy: 'olivier', clock: CLOCK },
};
export const accepted: BilateralProjectEvent = {
  type: 'ProjectAnalysisResultNotified',
  data: {
    result: 'accepted',
    conditions: ['Final report within 60 days of the last mission'],
    notifiedBy: 'olivier',
    notifiedAt: NOTIFIED_AT,
    recordedAt: NOTIFIED_AT,
    clockOutcome: 'met',
  },
};
export const refused: BilateralProjectEvent = {
  type: 'ProjectAnalysisResultNotified',
  data: {
    result: 'refused',
    reasons: ['Outside the priority areas of the agreement'],
    notifiedBy: 'olivier',
    notifiedAt: NOTIFIED_AT,
    recordedAt: NOTIFIED_AT,
    clockOutcome: 'met',
  },
};
export const supported: DeploymentSupportProvided = {
  type: 'DeploymentSupportProvided',
  data: { action: 1, description: 'Mission letters sent to the Bavarian State Chancellery', providedAt: SUPPORT_AT, recordedBy: 'olivier' },
};
export const deployed: BilateralProjectEvent = {
  type: 'BilateralProjectDeployed',
  data: { deployedAt: DEPLOYED_AT, report: 'First trainer mission held in Freising.', recordedBy: 'olivier' },
};
export const withdrawn = (cancelledClocks: string[], withdrawnAt = END_RECORDED): BilateralProjectEvent => ({
  type: 'BilateralProjectWithdrawn',
  data: { reason: 'The cégep lost its forestry programme funding.', withdrawnAt, recordedBy: 'ines', cancelledClocks },
});
export const abandoned: BilateralProjectEvent = {
  type: 'PartnerNegotiationsAbandoned',
  data: { reason: 'The Bavarian partner withdrew from the exchange.', abandonedAt: END_RECORDED, recordedBy: 'olivier' },
};
export const warned: BilateralProjectEvent = {
  type: 'ServiceStandardWarning',
  data: {
    standardId: CLOCK.standardId,
    standardVersion: 1,
    dueAt: CLOCK.dueAt,
    warnedAt: CLOCK.warnAt,
    notify: { role: 'case-officer', officerId: 'olivier' },
  },
};
export const breached: BilateralProjectEvent = {
  type: 'ServiceStandardBreached',
  data: { standardId: CLOCK.standardId, standardVersion: 1, dueAt: CLOCK.dueAt, breachedAt: CLOCK.dueAt, escalatedTo: 'supervisor' },
};

/** The history up to each stage, assigned to Olivier. */
export const SUBMITTED = [submitted, assigned()];
export const NEGOTIATING = [...SUBMITTED, started];
export const UNDER_ANALYSIS = [...NEGOTIATING, round1, ended];
export const SUPPORTING = [...UNDER_ANALYSIS, accepted];
