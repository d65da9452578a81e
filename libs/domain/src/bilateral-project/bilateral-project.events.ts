import type { Event } from '../shared/event';
import type { ClockPlan } from '../service-standards/clock-plan';
import type { ChainedClockEvent } from '../service-standards/clock-decisions';

// A Québec institution's project under a cooperation agreement between Québec and a foreign
// government (declaration of services, "Our programs and corresponding services"). Instants
// are ISO strings in UTC; `recordedBy`/`...By` name the staff member who issued the command.

/** The submitting institution. The contact's details are personal information: confidential. */
export interface Institution {
  readonly name: string;
  readonly contactName: string | null;
  /** Named `email` as in every case type (schema 1 of the submission named it `contactEmail`). */
  readonly email: string;
}

/** The agreement the project falls under, and the foreign government that signed it with Québec. */
export interface CooperationAgreement {
  readonly title: string;
  readonly partnerGovernment: string;
}

/** What the institution asks of the ministry; the amount is optional (some ask only for services). */
export interface RequestedSupport {
  readonly description: string;
  readonly amountCad: number | null;
}

/** Accepted (with the conditions attached, possibly none) or refused (with the reasons). */
export type AnalysisResult =
  | { readonly result: 'accepted'; readonly conditions: readonly string[] }
  | { readonly result: 'refused'; readonly reasons: readonly string[] };

export const ANALYSIS_RESULTS: readonly AnalysisResult['result'][] = ['accepted', 'refused'];

export type BilateralProjectSubmitted = Event<
  'BilateralProjectSubmitted',
  {
    caseId: string;
    institution: Institution;
    agreement: CooperationAgreement;
    title: string;
    summary: string;
    /** The agreement's priority area the project serves (culture, education, environment...). */
    sector: string;
    requestedSupport: RequestedSupport;
    submittedAt: string;
    recordedBy: string;
  }
>;

/** The first assignment. */
export type BilateralProjectAssigned = Event<'BilateralProjectAssigned', { officerId: string; assignedBy: string }>;

export type BilateralProjectReassigned = Event<
  'BilateralProjectReassigned',
  { fromOfficerId: string; toOfficerId: string; reason: string | null; assignedBy: string }
>;

export type PartnerNegotiationsStarted = Event<
  'PartnerNegotiationsStarted',
  { startedAt: string; notes: string | null; recordedBy: string }
>;

/** One meeting or exchange with the foreign partners; rounds are numbered from 1. */
export type NegotiationRoundRecorded = Event<
  'NegotiationRoundRecorded',
  { round: number; heldAt: string; notes: string; recordedBy: string }
>;

/** Starts the 15-working-day clock; its plan was computed when the end was recorded. */
export type PartnerNegotiationsEnded = Event<
  'PartnerNegotiationsEnded',
  { endedAt: string; notes: string | null; recordedBy: string; clock: ClockPlan }
>;

/** Closes the case: the negotiations with the foreign partners came to nothing. */
export type PartnerNegotiationsAbandoned = Event<
  'PartnerNegotiationsAbandoned',
  { reason: string; abandonedAt: string; recordedBy: string }
>;

/**
 * Stops the clock: met if the institution was notified (`notifiedAt`) by the due instant, late
 * otherwise, however late it was recorded (`recordedAt`).
 */
export type ProjectAnalysisResultNotified = Event<
  'ProjectAnalysisResultNotified',
  AnalysisResult & { notifiedBy: string; notifiedAt: string; recordedAt: string; clockOutcome: 'met' | 'late' }
>;

/** Operational support for deployment: what was done, and when. Actions are numbered from 1. */
export type DeploymentSupportProvided = Event<
  'DeploymentSupportProvided',
  { action: number; description: string; providedAt: string; recordedBy: string }
>;

/** Closes an accepted project: it is deployed and the ministry's support ends. */
export type BilateralProjectDeployed = Event<'BilateralProjectDeployed', { deployedAt: string; report: string; recordedBy: string }>;

/** Closes the case at the institution's request; a running clock is cancelled (nothing is owed). */
export type BilateralProjectWithdrawn = Event<
  'BilateralProjectWithdrawn',
  { reason: string; withdrawnAt: string; recordedBy: string; cancelledClocks: string[] }
>;

export type BilateralProjectEvent =
  | BilateralProjectSubmitted
  | BilateralProjectAssigned
  | BilateralProjectReassigned
  | PartnerNegotiationsStarted
  | NegotiationRoundRecorded
  | PartnerNegotiationsEnded
  | PartnerNegotiationsAbandoned
  | ProjectAnalysisResultNotified
  | DeploymentSupportProvided
  | BilateralProjectDeployed
  | BilateralProjectWithdrawn
  | ChainedClockEvent;
