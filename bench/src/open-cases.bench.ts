import { caseWorkflowId, topicFor } from '@entente/contracts';
import { kafkaFor } from '@entente/platform';
import type { Benchmark, BenchContext, ResultRow } from './benchmark';
import { bareTimers } from './bare/bare.workflows';
import { DeadlineLog, DEADLINES_PER_CASE } from './open-cases/deadline-log';
import { queryEvicted } from './open-cases/evicted-replay';
import { checkpointsFor, fillTo, WARM_UP, type Filling } from './open-cases/filling';
import { BareStack } from './support/bare-stack';
import { CaseStack } from './support/case-stack';
import { receiveEmail } from './support/email-flow';
import { endOffsets, readFrom } from './support/kafka';
import { runningOn } from './support/open-workflows';
import { atSteadyRate } from './support/steady-rate';
import { Distribution, distributionOf, perSecond, timed } from './stats';

/** The worker's cache: the app's default (WORKER_MAX_CACHED_WORKFLOWS), a fifth of the open cases in a smaller run. */
const CACHE_BOUND = 2_000;
/** Evicted workflows queried one at a time, to state what a replay costs. */
const REPLAYS = 200;
/**
 * Cases received a second whose deadlines then fire, three each: about 15 firings a second, each a
 * task and a publication, half the commands a second that saturate the case benchmark here.
 */
const TIMED_CASES_PER_SECOND = 5;
/** Between the last timed case received and its first deadline: the worker's restart, which empties its cache. */
const RESTART_ALLOWANCE_MS = 45_000;
/** Breach and escalation this far apart, after the warning. */
const GAP_MS = 5_000;
const KIB = 1024;

/**
 * Item 5: open cases with running service-standard timers on one worker whose cache is bounded:
 * its memory as open cases grow, what an evicted case's replay costs, and how late deadlines fire
 * on cases it must replay first; against workflows that only wait on timers, on a bare worker
 * with the same bound.
 */
export const openCases: Benchmark = {
  id: 'open-cases',
  title: 'open cases and timers',
  sizes: { quick: 1_000, full: 10_000 },
  async run(context) {
    const cacheBound = Math.min(CACHE_BOUND, Math.floor(context.size / 5));
    const marks = checkpointsFor(context.size, cacheBound);
    const timedCases = Math.min(500, Math.max(100, Math.round(context.size / 20)));
    const leadMs = (timedCases / TIMED_CASES_PER_SECOND) * 1000 + RESTART_ALLOWANCE_MS;
    const execArgv = ['--expose-gc'];
    const env = { WORKER_MAX_CACHED_WORKFLOWS: String(cacheBound) };
    const stack = await CaseStack.start(context, {
      name: 'open-cases',
      projector: false,
      worker: { script: require.resolve('./open-cases/timed-worker'), execArgv, env },
    });
    context.onEnd(() => stack.stop());
    const ours = await fillTo(context, stack.worker, marks, cacheBound, async (index) =>
      caseWorkflowId('email-request', (await receiveEmail(stack.staff, index)).caseId),
    );
    const running = await runningOn(stack.temporal, stack.taskQueue);
    // The oldest cases: at least the cache's worth of newer ones ran since, so none is held.
    const replayed = Math.min(REPLAYS, context.size - cacheBound);
    const replays = await queryEvicted(stack.temporal, ours.workflowIds.slice(0, replayed));
    const deadlines = await caseDeadlines(context, stack, timedCases, leadMs);

    const bare = await BareStack.start(context, 'open-cases', execArgv, env);
    context.onEnd(() => bare.stop());
    const far = [new Date(Date.now() + 30 * 86_400_000).toISOString()];
    const limit = await fillTo(context, bare.worker, marks, cacheBound, async (index) => {
      const workflowId = `bench-bare-timers-${context.run}-held-${index}`;
      await startTimers(bare, workflowId, far);
      return workflowId;
    });
    const bareReplays = await queryEvicted(bare.temporal, limit.workflowIds.slice(0, replayed));
    const bareLateness = await bareDeadlines(bare, context.run, timedCases, deadlines.openedPerSecond, leadMs);

    const held = `the worker's cache bounded at ${cacheBound.toLocaleString('en-US')} workflows (WORKER_MAX_CACHED_WORKFLOWS), the bare worker's too; ${running.toLocaleString('en-US')} cases running on the server with their timers; opened at ${ours.openedPerSecond.toFixed(1)}/s through the API (bare workflows started at ${limit.openedPerSecond.toFixed(1)}/s)`;
    const replayNote = `${replayed} of the oldest open workflows, which the worker no longer holds, queried one at a time: the worker fetches the history and replays it to answer; a case's history ${replays.historyLength} events, a bare one's ${bareReplays.historyLength}`;
    const lateness = distributionOf(deadlines.fired);
    const published = distributionOf(deadlines.published);
    const firing =
      `${timedCases} cases received at a steady ${TIMED_CASES_PER_SECOND}/s (${deadlines.openedPerSecond.toFixed(1)}/s achieved; bare timers started at that pace) while ${context.size.toLocaleString('en-US')} stay open, ` +
      `each warned ${(leadMs / 1000).toFixed(0)} s after receipt, breached and escalated ${GAP_MS / 1000} s apart; ` +
      `the worker restarted between the last receipt and the first warning (${deadlines.restartSeconds.toFixed(1)} s; the bare one's ${bareLateness.restartSeconds.toFixed(1)} s): each case's warning fires on a case it holds no more and replays first, its breach and escalation on a case it holds again; ` +
      `warnings alone: p50 ${Math.round(deadlines.warnings.p50)} ms, p99 ${Math.round(deadlines.warnings.p99)} ms late; ` +
      `never sent: ${describeMissing(deadlines.missing)} (a warning whose timer fires after the due instant is dropped: the breach goes alone); ` +
      `in Kafka p50 ${Math.round(published.p50)} ms, p99 ${Math.round(published.p99)} ms late`;
    return [
      ...memoryRows(ours, limit, cacheBound, held),
      ...replayRows(distributionOf(replays.latencies), distributionOf(bareReplays.latencies), replayNote),
      ...latenessRows(`${deadlines.fired.length.toLocaleString('en-US')} deadlines`, lateness, distributionOf(bareLateness.fired), firing),
    ];
  },
};

/** Deadline events that never came, by type. */
function describeMissing(missing: Record<string, number>): string {
  const kinds = Object.entries(missing).filter(([, count]) => count > 0);
  return kinds.length === 0 ? 'none' : kinds.map(([type, count]) => `${count} ${type}`).join(', ');
}

interface Lateness {
  /** How late each deadline fired, in workflow time (ms). */
  readonly fired: number[];
  readonly restartSeconds: number;
}

type CaseLateness = Omit<ReturnType<DeadlineLog['lateness']>, 'warnings'> &
  Lateness & { readonly openedPerSecond: number; readonly warnings: Distribution };

/**
 * New cases, at a steady rate, whose deadlines fall a restart's time after the last is received;
 * the worker restarted meanwhile; how late each deadline fired (ms).
 */
async function caseDeadlines(context: BenchContext, stack: CaseStack, count: number, leadMs: number): Promise<CaseLateness> {
  const compression = { type: 'compress-deadlines', leadMs, gapMs: GAP_MS };
  await stack.worker.ask(compression);
  const kafka = kafkaFor(context.engines, '-bench-deadlines');
  const topic = topicFor('email-request');
  const from = await endOffsets(kafka, topic);
  const caseIds = new Set<string>();
  const firstIndex = WARM_UP + context.size;
  const opening = await timed(() =>
    atSteadyRate(
      count,
      TIMED_CASES_PER_SECOND,
      async (index) => void caseIds.add((await receiveEmail(stack.staff, firstIndex + index)).caseId),
    ),
  );
  const restart = await timed(() => stack.worker.restart());
  await stack.worker.ask(compression);
  context.log.info('waiting for the deadlines', { cases: count, deadlines: count * DEADLINES_PER_CASE });
  const log = new DeadlineLog(caseIds);
  const complete = await readFrom(kafka, topic, from, (message) => log.take(message), leadMs + 2 * GAP_MS + 120_000);
  if (!complete) context.log.warn('some cases never reached their last deadline', { missing: log.lateness().missing });
  const lateness = log.lateness();
  return {
    ...lateness,
    warnings: distributionOf(lateness.warnings),
    restartSeconds: restart.elapsedMs / 1000,
    openedPerSecond: perSecond(count, opening.elapsedMs),
  };
}

/**
 * The same deadlines as bare timers, each workflow sleeping until its three instants in turn;
 * started at the pace the cases were received, the bare worker restarted after the last, as ours.
 */
async function bareDeadlines(bare: BareStack, run: string, count: number, pace: number, leadMs: number): Promise<Lateness> {
  const started: Promise<number[]>[] = [];
  await atSteadyRate(count, pace, async (index) => {
    const at = (ms: number) => new Date(Date.now() + ms).toISOString();
    const handle = await startTimers(bare, `bench-bare-timers-${run}-deadlines-${index}`, [
      at(leadMs),
      at(leadMs + GAP_MS),
      at(leadMs + 2 * GAP_MS),
    ]);
    started.push(handle.result());
  });
  const restart = await timed(() => bare.worker.restart());
  return { fired: (await Promise.all(started)).flat(), restartSeconds: restart.elapsedMs / 1000 };
}

function startTimers(bare: BareStack, workflowId: string, instants: readonly string[]) {
  return bare.temporal.workflow.start(bareTimers, { taskQueue: bare.taskQueue, workflowId, args: [instants] });
}

/** Heap per open case at each checkpoint, and RSS per open case at the last: what the worker holds as cases accumulate. */
function memoryRows(ours: Filling, limit: Filling, cacheBound: number, note: string): ResultRow[] {
  const heap = ours.checkpoints.map((checkpoint, index) => {
    const bare = limit.checkpoints[index]!;
    const cached = Math.min(checkpoint.open, cacheBound).toLocaleString('en-US');
    const inThread = (filling: Filling, at: typeof checkpoint) =>
      kib((at.reading.workflowHeapUsed - filling.baseline.workflowHeapUsed) / at.open);
    const perOpen = `heap of the main thread and the workflow thread together, after full collections in both, over the open cases; in the workflow thread ${inThread(ours, checkpoint)} KiB (bare: ${inThread(limit, bare)}); worker heap in all ${mib(checkpoint.reading.heapUsed)} MiB (bare: ${mib(bare.reading.heapUsed)})`;
    return memoryRow(
      `worker heap per open case, ${checkpoint.open.toLocaleString('en-US')} open`,
      `${checkpoint.open.toLocaleString('en-US')} open, ${cached} cached`,
      (checkpoint.reading.heapUsed - ours.baseline.heapUsed) / checkpoint.open,
      (bare.reading.heapUsed - limit.baseline.heapUsed) / bare.open,
      `${perOpen}; ${note}`,
    );
  });
  const last = ours.checkpoints[ours.checkpoints.length - 1]!;
  const bareLast = limit.checkpoints[limit.checkpoints.length - 1]!;
  const rss = memoryRow(
    'worker RSS per open case',
    `${last.open.toLocaleString('en-US')} open cases`,
    (last.reading.rss - ours.baseline.rss) / last.open,
    (bareLast.reading.rss - limit.baseline.rss) / bareLast.open,
    `the process's resident memory in all ${mib(last.reading.rss)} MiB (bare: ${mib(bareLast.reading.rss)}); ${note}`,
  );
  return [...heap, rss];
}

function kib(bytes: number): string {
  return (bytes / KIB).toFixed(1);
}

function mib(bytes: number): string {
  return (bytes / KIB / KIB).toFixed(0);
}

function memoryRow(measure: string, size: string, ours: number, limit: number, note: string): ResultRow {
  return {
    benchmark: 'open-cases',
    measure,
    size,
    figure: ours / KIB,
    limit: limit / KIB,
    limitName: 'a bare workflow waiting on a timer',
    unit: 'KiB',
    note,
  };
}

function replayRows(ours: Distribution, limit: Distribution, note: string): ResultRow[] {
  return (['p50', 'p99'] as const).map((p) => ({
    benchmark: 'open-cases',
    measure: `query of a case the worker no longer holds (history replayed), ${p}`,
    size: `${ours.count} queries`,
    figure: ours[p],
    limit: limit[p],
    limitName: 'the same query of a bare timer workflow the worker no longer holds',
    unit: 'ms',
    note,
  }));
}

function latenessRows(size: string, ours: Distribution, limit: Distribution, note: string): ResultRow[] {
  return (['p50', 'p95', 'p99'] as const).map((p) => ({
    benchmark: 'open-cases',
    measure: `deadline fired late, ${p}`,
    size,
    figure: ours[p],
    limit: limit[p],
    limitName: 'bare workflows sleeping until the same instants (workflow time), their worker restarted as ours',
    unit: 'ms',
    note,
  }));
}
