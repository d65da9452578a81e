import type { Command } from '../shared/command';
import type { ClockPlan } from '../service-standards/clock-plan';
import type { ChainedClockCommand } from '../service-standards/clock-decisions';
import type { AnalysisResult, CooperationAgreement, Institution, RequestedSupport } from './bilateral-project.events';

// Instants a command states (`submittedAt`, `heldAt`...) are when the fact really happened: a
// fact recorded late keeps them, and they may not be in the future. Other events take
// `metadata.now`.

export type SubmitBilateralProject = Command<
  'SubmitBilateralProject',
  {
    caseId: string;
    institution: Institution;
    agreement: CooperationAgreement;
    title: string;
    summary: string;
    sector: string;
    requestedSupport: RequestedSupport;
    submittedAt: string;
  }
>;

/** Assigns, or reassigns when someone already holds the case (`reason` is kept for reassignments). */
export type AssignBilateralProject = Command<'AssignBilateralProject', { officerId: string; reason?: string | null }>;

export type StartPartnerNegotiations = Command<'StartPartnerNegotiations', { startedAt: string; notes?: string | null }>;

export type RecordNegotiationRound = Command<'RecordNegotiationRound', { heldAt: string; notes: string }>;

/** Ends the negotiations; `clock` comes from `planClock` at `endedAt` (run in an activity). */
export type EndPartnerNegotiations = Command<'EndPartnerNegotiations', { endedAt: string; notes?: string | null; clock: ClockPlan }>;

export type AbandonPartnerNegotiations = Command<'AbandonPartnerNegotiations', { reason: string }>;

/** Records the analysis result and when the institution was notified of it (default: now). */
export type NotifyProjectAnalysisResult = Command<'NotifyProjectAnalysisResult', AnalysisResult & { notifiedAt?: string }>;

export type RecordDeploymentSupport = Command<'RecordDeploymentSupport', { description: string; providedAt: string }>;

export type RecordBilateralProjectDeployed = Command<'RecordBilateralProjectDeployed', { deployedAt: string; report: string }>;

export type WithdrawBilateralProject = Command<'WithdrawBilateralProject', { reason: string }>;

export type BilateralProjectCommand =
  | SubmitBilateralProject
  | AssignBilateralProject
  | StartPartnerNegotiations
  | RecordNegotiationRound
  | EndPartnerNegotiations
  | AbandonPartnerNegotiations
  | NotifyProjectAnalysisResult
  | RecordDeploymentSupport
  | RecordBilateralProjectDeployed
  | WithdrawBilateralProject
  | ChainedClockCommand;
