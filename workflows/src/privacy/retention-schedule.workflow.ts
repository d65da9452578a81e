import { ApplicationFailure, executeChild, proxyActivities, workflowInfo } from '@temporalio/workflow';
import { erasureWorkflowId, RETENTION_SCHEDULES, type CaseType } from '@entente/contracts';
import { erasureRefusal, scheduleInForce, type Actor, type RetentionRule } from '@entente/domain';
import type { DisposalCandidate, RetentionActivities } from '../shared/case-activities';
import { erasePersonalInformationWorkflow } from './erase-personal-information.workflow';

const activities = proxyActivities<RetentionActivities>({ startToCloseTimeout: '5 minutes' });

/** The schedule acts on its own, as the system, under the rules the bodies' privacy officers set. */
const RETENTION_ACTOR: Actor = { id: 'retention-schedule', role: 'system' };
/** Cases disposed of in one night at most: the rest wait for the next, keeping a run's history short. */
const NIGHTLY_LIMIT = 200;

export interface RetentionRun {
  /** The night the run stands for; the workflow's own time when absent (the schedule's nightly start). */
  readonly asOf?: string;
  readonly limit?: number;
}

export interface RetentionReport {
  readonly asOf: string;
  readonly scheduleVersion: number | null;
  readonly destroyed: readonly string[];
  readonly deposited: readonly { readonly caseId: string; readonly archive: string }[];
  readonly skipped: readonly { readonly caseId: string; readonly reason: string }[];
  /** More cases were due than one night takes. */
  readonly more: boolean;
}

/**
 * The retention schedule, applied every night by a Temporal schedule (docs/adr/0018): each closed
 * case whose period has run is deposited to the archives when its rule says so, then erased as a
 * privacy officer would erase it (the same erasure workflow, with the rule as its reason). A case
 * under a legal hold, or recorded in clear, is skipped and reported.
 */
export async function retentionScheduleWorkflow(run: RetentionRun = {}): Promise<RetentionReport> {
  const asOf = run.asOf ?? new Date().toISOString();
  const schedule = scheduleInForce(RETENTION_SCHEDULES, asOf);
  const report = {
    asOf,
    scheduleVersion: schedule?.version ?? null,
    destroyed: [] as string[],
    deposited: [] as RetentionReport['deposited'][number][],
    skipped: [] as RetentionReport['skipped'][number][],
  };
  if (!schedule) return { ...report, more: false };
  const limit = run.limit ?? NIGHTLY_LIMIT;
  const due = await activities.casesDueForDisposal({ asOf, rules: schedule.rules, limit: limit + 1 });
  for (const candidate of due.slice(0, limit)) {
    const rule = schedule.rules[candidate.caseType];
    const refusal = candidate.keyed
      ? erasureRefusal(candidate.facts)
      : 'its data key is missing: its personal information cannot be read, and its erasure was never recorded';
    if (refusal) {
      report.skipped.push({ caseId: candidate.caseId, reason: refusal });
      continue;
    }
    try {
      const archive = rule.disposition === 'deposit' ? await deposit(candidate, schedule.version) : undefined;
      await erase(candidate, `Retention schedule version ${schedule.version}: ${candidate.caseType}, ${ruleText(rule)}`);
      if (archive) report.deposited.push({ caseId: candidate.caseId, archive });
      else report.destroyed.push(candidate.caseId);
    } catch (error) {
      report.skipped.push({ caseId: candidate.caseId, reason: error instanceof Error ? error.message : String(error) });
    }
  }
  return { ...report, more: due.length > limit };
}

function deposit(candidate: DisposalCandidate, scheduleVersion: number): Promise<string> {
  return activities.depositToArchives({ caseId: candidate.caseId, caseType: candidate.caseType as CaseType, scheduleVersion });
}

async function erase(candidate: DisposalCandidate, reason: string): Promise<void> {
  const { caseId, caseType, head } = candidate;
  const at = new Date().toISOString();
  try {
    await executeChild(erasePersonalInformationWorkflow, {
      workflowId: erasureWorkflowId(caseId),
      args: [{ caseId, caseType, head, actor: RETENTION_ACTOR, at, correlationId: workflowInfo().workflowId, reason }],
      workflowIdReusePolicy: 'REJECT_DUPLICATE',
    });
  } catch (error) {
    throw ApplicationFailure.nonRetryable(
      `its erasure could not start or complete: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

function ruleText(rule: RetentionRule): string {
  const then = rule.disposition === 'deposit' ? 'deposited to the archives, then erased' : 'destroyed';
  return `${rule.yearsAfterClosing} years after closing, ${then}`;
}
