import { ApplicationFailure, executeChild, patched, proxyActivities, workflowInfo } from '@temporalio/workflow';
import { closedCaseRecordId, RETENTION_SCHEDULES } from '@entente/contracts';
import { erasureRefusal, scheduleInForce, type Actor, type RetentionRule } from '@entente/domain';
import type { DisposalCandidate, RetentionActivities } from '../shared/case-activities';
import { erasePersonalInformationWorkflow } from './erase-personal-information.workflow';

const activities = proxyActivities<RetentionActivities>({ startToCloseTimeout: '5 minutes' });

/** The schedule acts on its own, as the system, under the rules the bodies' privacy officers set. */
const RETENTION_ACTOR: Actor = { id: 'retention-schedule', role: 'system' };
/** Cases disposed of in one night at most: the rest wait for the next, keeping a run's history short. */
const NIGHTLY_LIMIT = 200;
/** Cases read from the read model at a time, and at most in one night, skipped ones included. */
const PAGE = 200;
const EXAMINED_LIMIT = 2_000;

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
  const report: Report = {
    asOf,
    scheduleVersion: schedule?.version ?? null,
    destroyed: [],
    deposited: [],
    skipped: [],
  };
  if (!schedule) return { ...report, more: false };
  const limit = run.limit ?? NIGHTLY_LIMIT;
  const reason = (candidate: DisposalCandidate) =>
    `Retention schedule version ${schedule.version}: ${candidate.caseType}, ${ruleText(schedule.rules[candidate.caseType])}`;
  // Page on past the cases it skips, so that cases which can never be erased (recorded in clear,
  // under a long hold) do not fill every night's quota.
  let after: DisposalCandidate | undefined;
  for (let examined = 0; examined < EXAMINED_LIMIT;) {
    const page = await activities.casesDueForDisposal({
      asOf,
      rules: schedule.rules,
      limit: PAGE,
      after: after && { endedAt: after.endedAt, caseId: after.caseId },
    });
    for (const candidate of page) {
      if (report.destroyed.length + report.deposited.length >= limit) return { ...report, more: true };
      examined += 1;
      after = candidate;
      await dispose(candidate, schedule.rules[candidate.caseType], schedule.version, reason(candidate), report);
    }
    if (page.length < PAGE) return { ...report, more: false };
  }
  return { ...report, more: true };
}

type Report = Omit<RetentionReport, 'more' | 'destroyed' | 'deposited' | 'skipped'> & {
  destroyed: string[];
  deposited: RetentionReport['deposited'][number][];
  skipped: RetentionReport['skipped'][number][];
};

/** One case: skipped with the reason it cannot be erased, or deposited when its rule says so, then erased. */
async function dispose(
  candidate: DisposalCandidate,
  rule: RetentionRule,
  scheduleVersion: number,
  reason: string,
  report: Report,
): Promise<void> {
  const refusal =
    erasureRefusal(candidate.facts) ??
    (candidate.keyed ? null : 'its data key is missing: its personal information cannot be read, and its erasure was never recorded');
  if (refusal) {
    report.skipped.push({ caseId: candidate.caseId, reason: refusal });
    return;
  }
  try {
    const archive = rule.disposition === 'deposit' ? await deposit(candidate, scheduleVersion) : undefined;
    await erase(candidate, reason);
    if (archive) report.deposited.push({ caseId: candidate.caseId, archive });
    else report.destroyed.push(candidate.caseId);
  } catch (error) {
    report.skipped.push({ caseId: candidate.caseId, reason: error instanceof Error ? error.message : String(error) });
  }
}

function deposit(candidate: DisposalCandidate, scheduleVersion: number): Promise<string> {
  return activities.depositToArchives({ caseId: candidate.caseId, caseType: candidate.caseType, scheduleVersion });
}

async function erase(candidate: DisposalCandidate, reason: string): Promise<void> {
  const { caseId, caseType, head } = candidate;
  const at = new Date().toISOString();
  try {
    await executeChild(erasePersonalInformationWorkflow, {
      // Runs begun before a closed case's records were named after its head named erasures by case.
      workflowId: patched('closed-case-records-by-head') ? closedCaseRecordId(caseId, head.sequence) : `erasure/${caseId}`,
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
