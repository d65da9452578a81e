import type { Benchmark } from './benchmark';
import { bareCase, commandSignal } from './bare/bare.workflows';
import { BareStack } from './support/bare-stack';
import { sharedCaseStack } from './support/case-stack';
import type { ChildApp } from './support/child-process';
import { CpuMeter, engineProcesses, THIS_PROCESS, type CpuSpent } from './support/cpu-time';
import { emailCaseFlow } from './support/email-flow';
import { indexes, inLanes } from './support/lanes';
import type { ResultRow } from './benchmark';
import { perSecond, timed } from './stats';

/** Staff at work at once: each handles one case from receipt to answer, then takes the next. */
const LANES = 16;
/** Cases run before timing: the worker's first workflow tasks load its bundle, the JIT warms. */
const WARM_UP_CASES = 20;
/** An e-mail case's staff commands: receive, assign, answer. */
const COMMANDS_PER_CASE = 3;

/**
 * Item 3: e-mail cases received, assigned and answered per second through the API, with the
 * worker and projector running; against workflows that do nothing, started and signalled once per
 * command by the same Temporal client on the same server.
 */
export const caseThroughput: Benchmark = {
  id: 'cases',
  title: 'case throughput',
  sizes: { quick: 300, full: 2_000 },
  async run(context) {
    const stack = await sharedCaseStack(context);
    const engines = engineProcesses(context.engines);
    const oursCpu = new CpuMeter({ ...engines, ...stack.processes, 'this client': THIS_PROCESS });
    const askedAgainBefore = stack.staff.askedAgain;
    const ours = await warmedThenTimed(context.size, (index) => emailCaseFlow(stack.staff, index), oursCpu);
    const lagMs = (await timed(() => stack.projectionCaughtUp(context.engines))).elapsedMs;
    const oursSpent = oursCpu.stop();
    context.log.info('cases answered', {
      cases: context.size,
      seconds: ours.elapsedMs / 1000,
      projectorCaughtUpAfterSeconds: lagMs / 1000,
      cpuMsPerCase: perCase(oursSpent, context.size),
    });
    const bare = await context.fixtures.get('bare-stack', () => BareStack.start(context, 'cases'));
    const bareCpu = new CpuMeter({ temporal: engines.temporal, 'bare worker': bare.worker.pid, 'this client': THIS_PROCESS });
    const limit = await warmedThenTimed(context.size, (index) => bareCaseFlow(bare, `bench-${context.run}-bare-case-${index}`), bareCpu);
    const bareSpent = bareCpu.stop();
    // How the rate grows with workers: a second worker process on the same task queue, for both.
    const next = WARM_UP_CASES + context.size;
    const oursWith2 = await withSecondWorker(
      () => stack.addWorker(),
      context.size,
      next,
      (index) => emailCaseFlow(stack.staff, index),
    );
    const bareWith2 = await withSecondWorker(
      () => bare.addWorker(),
      context.size,
      next,
      (index) => bareCaseFlow(bare, `bench-${context.run}-bare-case-${index}`),
    );
    const pragmas = context.engines.temporalPragmas.join(', ') || 'SQLite defaults';
    const size = `${context.size.toLocaleString('en-US')} cases`;
    return [
      {
        benchmark: 'cases',
        measure: 'e-mail cases received, assigned, answered via the API',
        size,
        figure: perSecond(context.size, ours.elapsedMs),
        limit: perSecond(context.size, limit.elapsedMs),
        limitName: `do-nothing workflows, each started then signalled ${COMMANDS_PER_CASE - 1} times and awaited, same client and server`,
        unit: 'cases/s',
        note:
          `${LANES} cases in flight; Temporal dev server SQLite pragmas: ${pragmas}; read models caught up ${(lagMs / 1000).toFixed(1)} s after the last answer; ` +
          `${stack.staff.askedAgain - askedAgainBefore} commands sent again under their key after a 503`,
      },
      {
        benchmark: 'cases',
        measure: 'the same with 2 worker processes',
        size,
        figure: oursWith2,
        limit: bareWith2,
        limitName: 'the same do-nothing workflows with 2 bare worker processes',
        unit: 'cases/s',
        note:
          `a second worker on the same task queue beside the first, for ours and the bare run, ${LANES} cases in flight; ` +
          `with 1: ${perSecond(context.size, ours.elapsedMs).toFixed(1)} cases/s (bare ${perSecond(context.size, limit.elapsedMs).toFixed(1)}); ` +
          `both workers share these cores with the engines and the other apps`,
      },
      ...cpuRows(size, context.size, oursSpent, bareSpent),
    ];
  },
};

/**
 * Where the time goes: on this machine both runs keep every core busy, so cases per second is the
 * cores divided by the CPU a case costs every process together. The Temporal server's share is
 * its own line: it bounds what any change outside Temporal can reach.
 */
function cpuRows(size: string, cases: number, ours: CpuSpent, bare: CpuSpent): ResultRow[] {
  const total = (spent: CpuSpent) => Object.values(spent).reduce((sum, ms) => sum + ms, 0) / cases;
  const shares = (spent: CpuSpent) =>
    Object.entries(perCase(spent, cases))
      .map(([name, ms]) => `${name} ${ms}`)
      .join(', ');
  const note = `CPU ms a case, by process (from /proc, timed phase): ours ${shares(ours)}; bare ${shares(bare)}`;
  const row = (measure: string, figure: number, limit: number, limitName: string): ResultRow => ({
    benchmark: 'cases',
    measure,
    size,
    figure,
    limit,
    limitName,
    unit: 'ms CPU/case',
    note,
  });
  return [
    row(
      'CPU of every process per case (engines, apps, client)',
      total(ours),
      total(bare),
      'the bare run: Temporal, the bare worker, the client',
    ),
    row('Temporal server CPU per case', ours.temporal! / cases, bare.temporal! / cases, 'the Temporal server in the bare run'),
  ];
}

function perCase(spent: CpuSpent, cases: number): Record<string, number> {
  return Object.fromEntries(Object.entries(spent).map(([name, ms]) => [name, Math.round((ms / cases) * 10) / 10]));
}

async function bareCaseFlow(bare: BareStack, workflowId: string): Promise<void> {
  const handle = await bare.temporal.workflow.start(bareCase, { taskQueue: bare.taskQueue, workflowId, args: [COMMANDS_PER_CASE] });
  for (let command = 1; command < COMMANDS_PER_CASE; command++) await handle.signal(commandSignal);
  await handle.result();
}

/** With a second worker beside the first, `size` cases from index `from` on, after their own warm-up (cases/s); the second worker stopped after. */
async function withSecondWorker(
  add: () => Promise<ChildApp>,
  size: number,
  from: number,
  flow: (index: number) => Promise<void>,
): Promise<number> {
  const second = await add();
  try {
    return perSecond(size, (await warmedThenTimed(size, flow, undefined, from)).elapsedMs);
  } finally {
    await second.stop();
  }
}

/** The warm-up cases, then `size` more, timed, from index `from` on; the meter, if any, starts after the warm-up (its caller stops it). */
async function warmedThenTimed(size: number, flow: (index: number) => Promise<void>, meter?: CpuMeter, from = 0) {
  await inLanes(indexes(WARM_UP_CASES, from), LANES, flow);
  meter?.start();
  return timed(() => inLanes(indexes(size, from + WARM_UP_CASES), LANES, flow));
}
