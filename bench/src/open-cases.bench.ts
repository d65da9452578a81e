import { setTimeout as sleep } from 'node:timers/promises';
import { topicFor } from '@entente/contracts';
import { kafkaFor } from '@entente/platform';
import type { Benchmark, BenchContext, ResultRow } from './benchmark';
import { bareTimers } from './bare/bare.workflows';
import { DeadlineLog, DEADLINES_PER_CASE } from './open-cases/deadline-log';
import { BareStack } from './support/bare-stack';
import { CaseStack } from './support/case-stack';
import type { ChildApp } from './support/child-process';
import { receiveEmail } from './support/email-flow';
import { endOffsets, readFrom } from './support/kafka';
import { indexes, inLanes } from './support/lanes';
import { runningOn } from './support/open-workflows';
import { atSteadyRate } from './support/steady-rate';
import type { CacheReading, MemoryReading } from './support/worker-probes';
import { Distribution, distributionOf, perSecond, timed } from './stats';

/** E-mails received at once while the worker fills up. */
const LANES = 32;
const WARM_UP_CASES = 20;
/** New cases a second while the deadlines fire: a steady load, the same from run to run. */
const TIMED_CASES_PER_SECOND = 10;
/** Deadlines compressed for the lateness phase: the warning this long after receipt, then breach and escalation a gap apart. */
const LEAD_MS = 10_000;
const GAP_MS = 5_000;
const KIB = 1024;

interface Holding {
  readonly heapPerCase: number;
  /** Of which in the workflow thread's isolate. */
  readonly workflowHeapPerCase: number;
  readonly rssPerCase: number;
  /** Workflows in the worker's cache after opening: the open cases it holds in memory. */
  readonly held: number;
  readonly openedPerSecond: number;
}

/**
 * Item 5: how many open cases with running service-standard timers one worker holds, the memory
 * each costs it, and how late deadline events fire on the dev server; against workflows that only
 * wait on timers, on a bare worker given the same heap.
 */
export const openCases: Benchmark = {
  id: 'open-cases',
  title: 'open cases and timers',
  sizes: { quick: 1_000, full: 10_000 },
  async run(context) {
    const timedCases = Math.min(1_000, Math.max(100, Math.round(context.size / 10)));
    // The SDK sizes its workflow cache from the heap limit (2,310 workflows at Node's default
    // 4 GiB here); the limit is raised so that the cache can hold every open case.
    const execArgv = ['--expose-gc', `--max-old-space-size=${heapLimitMiB(context.size + timedCases + 2 * WARM_UP_CASES)}`];
    const stack = await CaseStack.start(context, {
      name: 'open-cases',
      projector: false,
      worker: { script: require.resolve('./open-cases/timed-worker'), execArgv },
    });
    context.onEnd(() => stack.stop());
    const ours = await hold(context, stack.worker, (index) => receiveEmail(stack.staff, index));
    const running = await runningOn(stack.temporal, stack.taskQueue);
    const deadlines = await caseDeadlines(context, stack, timedCases);
    const bare = await BareStack.start(context, 'open-cases', execArgv);
    context.onEnd(() => bare.stop());
    const far = [new Date(Date.now() + 30 * 86_400_000).toISOString()];
    const limit = await hold(context, bare.worker, (index) => startTimers(bare, `${context.run}-held-${index}`, far));
    const bareLateness = distributionOf(await bareDeadlines(bare, context.run, timedCases, deadlines.openedPerSecond));
    const size = `${context.size.toLocaleString('en-US')} open cases`;
    const heap = `heap of the main thread and the workflow thread together, after full collections in both; in the workflow thread: ${kib(ours.workflowHeapPerCase)} KiB a case (bare: ${kib(limit.workflowHeapPerCase)})`;
    const held = `held in the worker's cache: ${ours.held} cases (bare: ${limit.held}), ${running} running on the server with their timers; opened at ${ours.openedPerSecond.toFixed(1)}/s through the API (bare workflows started at ${limit.openedPerSecond.toFixed(1)}/s); worker heap limit ${execArgv[1]}`;
    const lateness = distributionOf(deadlines.fired);
    const published = distributionOf(deadlines.published);
    const firing =
      `${timedCases} cases received at a steady ${TIMED_CASES_PER_SECOND}/s (${deadlines.openedPerSecond.toFixed(1)}/s achieved; bare timers started at that pace) while ${ours.held} stay open, ` +
      `each warned ${LEAD_MS / 1000} s after receipt, breached and escalated ${GAP_MS / 1000} s apart; ` +
      `never sent: ${describeMissing(deadlines.missing)} (a warning whose timer fires after the due instant is dropped: the breach goes alone); ` +
      `in Kafka p50 ${Math.round(published.p50)} ms, p99 ${Math.round(published.p99)} ms late`;
    return [
      memoryRow('worker heap per open case', size, ours.heapPerCase, limit.heapPerCase, `${heap}; ${held}`),
      memoryRow('worker RSS per open case', size, ours.rssPerCase, limit.rssPerCase, held),
      ...latenessRows(`${deadlines.fired.length.toLocaleString('en-US')} deadlines`, lateness, bareLateness, firing),
    ];
  },
};

/** Deadline events that never came, by type. */
function describeMissing(missing: Record<string, number>): string {
  const kinds = Object.entries(missing).filter(([, count]) => count > 0);
  return kinds.length === 0 ? 'none' : kinds.map(([type, count]) => `${count} ${type}`).join(', ');
}

/** What the SDK needs to size its cache for `cases` workflows: (limit − 200 MiB) × 600 / 1024 workflows. */
function heapLimitMiB(cases: number): number {
  return Math.ceil((cases * 1024) / 600) + 200 + 512;
}

/** Opens cases (after a warm-up) and reads the worker's memory before and after, each time after a full GC. */
async function hold(context: BenchContext, worker: ChildApp, open: (index: number) => Promise<unknown>): Promise<Holding> {
  await inLanes(indexes(WARM_UP_CASES), LANES, async (index) => void (await open(index)));
  const before = await worker.ask<MemoryReading>({ type: 'memory' });
  const tenth = Math.max(1, Math.floor(context.size / 10));
  const opening = await timed(() =>
    inLanes(indexes(context.size, WARM_UP_CASES), LANES, async (index) => {
      await open(index);
      if ((index - WARM_UP_CASES + 1) % tenth === 0)
        context.log.info('opening cases', { worker: worker.name, opened: index - WARM_UP_CASES + 1, of: context.size });
    }),
  );
  await cachedAtLeast(worker, before.cached + context.size);
  const after = await worker.ask<MemoryReading>({ type: 'memory' });
  const cached = after.cached - before.cached;
  context.log.info('memory', { worker: worker.name, before, after });
  return {
    heapPerCase: (after.heapUsed - before.heapUsed) / cached,
    workflowHeapPerCase: (after.workflowHeapUsed - before.workflowHeapUsed) / cached,
    rssPerCase: (after.rss - before.rss) / cached,
    held: after.cached,
    openedPerSecond: perSecond(context.size, opening.elapsedMs),
  };
}

/**
 * A started workflow is cached once the worker has run its first task, which may be after the
 * start returned (a bare start does not wait for the worker); gives up when the count stops rising.
 */
async function cachedAtLeast(worker: ChildApp, count: number): Promise<void> {
  let last = -1;
  for (let still = 0; still < 10;) {
    const { cached } = await worker.ask<CacheReading>({ type: 'cached' });
    if (cached >= count) return;
    still = cached === last ? still + 1 : 0;
    last = cached;
    await sleep(500);
  }
}

type Lateness = ReturnType<DeadlineLog['lateness']> & { readonly openedPerSecond: number };

/** New cases, at a steady rate, whose deadlines fall seconds after receipt, and how late each deadline event fired (ms). */
async function caseDeadlines(context: BenchContext, stack: CaseStack, count: number): Promise<Lateness> {
  await stack.worker.ask({ type: 'compress-deadlines', leadMs: LEAD_MS, gapMs: GAP_MS });
  const kafka = kafkaFor(context.engines, '-bench-deadlines');
  const topic = topicFor('email-request');
  const from = await endOffsets(kafka, topic);
  const caseIds = new Set<string>();
  const firstIndex = WARM_UP_CASES + context.size;
  const opening = await timed(() =>
    atSteadyRate(
      count,
      TIMED_CASES_PER_SECOND,
      async (index) => void caseIds.add((await receiveEmail(stack.staff, firstIndex + index)).caseId),
    ),
  );
  context.log.info('waiting for the deadlines', { cases: count, deadlines: count * DEADLINES_PER_CASE });
  const log = new DeadlineLog(caseIds);
  const complete = await readFrom(kafka, topic, from, (message) => log.take(message), LEAD_MS + 2 * GAP_MS + 120_000);
  if (!complete) context.log.warn('some cases never reached their last deadline', { missing: log.lateness().missing });
  return { ...log.lateness(), openedPerSecond: perSecond(count, opening.elapsedMs) };
}

/**
 * The same deadlines as bare timers, each workflow sleeping until its three instants in turn;
 * started at the pace the cases were received, so that as many timers fire at once.
 */
async function bareDeadlines(bare: BareStack, run: string, count: number, perSecond: number): Promise<number[]> {
  const started: Promise<number[]>[] = [];
  await atSteadyRate(count, perSecond, async (index) => {
    const at = (ms: number) => new Date(Date.now() + ms).toISOString();
    const handle = await startTimers(bare, `${run}-deadlines-${index}`, [at(LEAD_MS), at(LEAD_MS + GAP_MS), at(LEAD_MS + 2 * GAP_MS)]);
    started.push(handle.result());
  });
  return (await Promise.all(started)).flat();
}

function startTimers(bare: BareStack, id: string, instants: readonly string[]) {
  return bare.temporal.workflow.start(bareTimers, { taskQueue: bare.taskQueue, workflowId: `bench-bare-timers-${id}`, args: [instants] });
}

function kib(bytes: number): string {
  return (bytes / KIB).toFixed(1);
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

function latenessRows(size: string, ours: Distribution, limit: Distribution, note: string): ResultRow[] {
  return (['p50', 'p95', 'p99'] as const).map((p) => ({
    benchmark: 'open-cases',
    measure: `deadline fired late, ${p}`,
    size,
    figure: ours[p],
    limit: limit[p],
    limitName: 'bare workflows sleeping until the same instants (workflow time)',
    unit: 'ms',
    note,
  }));
}
