import type { LogVerification } from '@entente/api';
import type { RebuildOutcome } from '../rebuild/rebuild-and-compare';
import type { ReplaySummary } from '../replay/replay-workflows';

/** What the report says it checked, so that a filed copy names its subject. */
export interface ReportSubject {
  readonly database: string;
  readonly schema: string;
  readonly topics: readonly string[];
  readonly temporal: string;
}

export interface VerificationReport {
  readonly generatedAt: string;
  readonly subject: ReportSubject;
  readonly tamperEvidence: LogVerification;
  readonly rebuildAndCompare: RebuildOutcome;
  readonly workflowReplay: ReplaySummary;
  readonly passed: boolean;
}

export interface ReportChecks {
  readonly verifyLog: () => Promise<LogVerification>;
  readonly rebuildAndCompare: () => Promise<RebuildOutcome>;
  readonly replayWorkflows: () => Promise<ReplaySummary>;
}

/** The three checks an auditor files together: the chain, the figures, and the workflow code. */
export async function verificationReport(
  subject: ReportSubject,
  checks: ReportChecks,
  now: () => Date = () => new Date(),
): Promise<VerificationReport> {
  const tamperEvidence = await checks.verifyLog();
  const rebuildAndCompare = await checks.rebuildAndCompare();
  const workflowReplay = await checks.replayWorkflows();
  const passed = tamperEvidence.verified && rebuildAndCompare.comparison.identical && workflowReplay.replayed;
  return { generatedAt: now().toISOString(), subject, tamperEvidence, rebuildAndCompare, workflowReplay, passed };
}
