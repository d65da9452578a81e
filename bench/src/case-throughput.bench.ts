import type { Benchmark } from './benchmark';
import { bareCase, commandSignal } from './bare/bare.workflows';
import { BareStack } from './support/bare-stack';
import { sharedCaseStack } from './support/case-stack';
import { emailCaseFlow } from './support/email-flow';
import { indexes, inLanes } from './support/lanes';
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
    const ours = await warmedThenTimed(context.size, (index) => emailCaseFlow(stack.staff, index));
    const lagMs = (await timed(() => stack.projectionCaughtUp(context.engines))).elapsedMs;
    context.log.info('cases answered', {
      cases: context.size,
      seconds: ours.elapsedMs / 1000,
      projectorCaughtUpAfterSeconds: lagMs / 1000,
    });
    const bare = await context.fixtures.get('bare-stack', () => BareStack.start(context, 'cases'));
    const limit = await warmedThenTimed(context.size, (index) => bareCaseFlow(bare, `bench-${context.run}-bare-case-${index}`));
    const pragmas = context.engines.temporalPragmas.join(', ') || 'SQLite defaults';
    return [
      {
        benchmark: 'cases',
        measure: 'e-mail cases received, assigned, answered via the API',
        size: `${context.size.toLocaleString('en-US')} cases`,
        figure: perSecond(context.size, ours.elapsedMs),
        limit: perSecond(context.size, limit.elapsedMs),
        limitName: `do-nothing workflows, each started then signalled ${COMMANDS_PER_CASE - 1} times and awaited, same client and server`,
        unit: 'cases/s',
        note: `${LANES} cases in flight; Temporal dev server SQLite pragmas: ${pragmas}; read models caught up ${(lagMs / 1000).toFixed(1)} s after the last answer`,
      },
    ];
  },
};

async function bareCaseFlow(bare: BareStack, workflowId: string): Promise<void> {
  const handle = await bare.temporal.workflow.start(bareCase, { taskQueue: bare.taskQueue, workflowId, args: [COMMANDS_PER_CASE] });
  for (let command = 1; command < COMMANDS_PER_CASE; command++) await handle.signal(commandSignal);
  await handle.result();
}

/** The warm-up cases, then `size` more, timed. */
async function warmedThenTimed(size: number, flow: (index: number) => Promise<void>) {
  await inLanes(indexes(WARM_UP_CASES), LANES, flow);
  return timed(() => inLanes(indexes(size, WARM_UP_CASES), LANES, flow));
}
