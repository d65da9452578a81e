import { Pool } from 'pg';
import { WithStartWorkflowOperation } from '@temporalio/client';
import { kafkaFor } from '@entente/platform';
import type { Benchmark, BenchContext, ResultRow } from './benchmark';
import { bareUpdatedCase, commandUpdate } from './bare/bare.workflows';
import { BarePipeline } from './latency/bare-pipeline';
import { POLL_MS, VisibilityWatch } from './latency/visibility-watch';
import { BareStack } from './support/bare-stack';
import { sharedCaseStack, type CaseStack } from './support/case-stack';
import { benchCaseId, emailCaseEvents } from './support/email-cases';
import { emailCaseFlow } from './support/email-flow';
import { createTopics, deleteTopics, wireMessagesOf } from './support/kafka';
import { dropSchema } from './support/schemas';
import type { CommandAnswer } from './support/staff-client';
import { atSteadyRate } from './support/steady-rate';
import { distributionOf, type Distribution } from './stats';

/** The steady load: new e-mail cases a second, each received, assigned and answered in turn. */
const CASES_PER_SECOND = 4;
/** Multiples of that load whose round trips are measured next, until one saturates. */
const LOAD_STEPS = [2, 4, 8];
/** A step saturates when its median round trip passes this multiple of the steady load's, or the API turns commands away. */
const SATURATED_MEDIAN = 5;

type CaseRun = (index: number, answered: (answer: CommandAnswer) => void) => Promise<void>;

interface Latencies {
  /** HTTP answer (or producer ack) to visible. */
  readonly visible: number[];
  /** The commands' own round trips. */
  readonly commands: number[];
}

/**
 * Item 4: from a staff command's HTTP response to its change being visible in the read model,
 * under a steady load; against the raw path of a bare producer, consumer and upsert at the same load.
 */
export const commandLatency: Benchmark = {
  id: 'latency',
  title: 'command to read model latency',
  sizes: { quick: 100, full: 300 },
  async run(context) {
    const stack = await sharedCaseStack(context);
    await stack.projectionCaughtUp(context.engines);
    const pool = new Pool({ connectionString: context.engines.databaseUrl, max: 2 });
    context.onEnd(() => pool.end());
    const summaries = `SELECT case_id AS key, last_sequence AS sequence FROM "${stack.schema}".case_summary WHERE case_id = ANY($1)`;
    const measured = await latencies(context, pool, summaries, (index, answered) => emailCaseFlow(stack.staff, index, answered));
    const [ours, limit] = [distributionOf(measured.visible), distributionOf((await bareLatencies(context, pool)).visible)];
    const commands = distributionOf(measured.commands);
    const load = `${CASES_PER_SECOND} new e-mail cases/s, each received, assigned and answered in turn (~${CASES_PER_SECOND * 3} commands/s), ${context.size} cases`;
    const bareCommands = distributionOf(await bareRoundTrips(context, CASES_PER_SECOND, 0));
    const roundTrips = PERCENTILES.map((p): ResultRow => ({
      benchmark: 'latency',
      measure: `command round trip (HTTP request → Update answered), ${p}`,
      size: `${commands.count} commands`,
      figure: commands[p],
      limit: bareCommands[p],
      limitName: 'a do-nothing workflow driven by the same Temporal client: Update-with-Start, then 2 Updates, each awaited, same load',
      unit: 'ms',
      note: `steady load: ${load}; ours: the API's sign-in, validation, scope Query, Update and the case's publication before it answers`,
    }));
    return [
      ...roundTrips,
      ...(await loadSteps(context, stack, commands)),
      ...PERCENTILES.map((p): ResultRow => ({
        benchmark: 'latency',
        measure: `HTTP answer → read model, ${p}`,
        size: `${ours.count} commands`,
        figure: ours[p],
        limit: limit[p],
        limitName:
          "from the producer's ack: the project's producer → bare kafkajs consumer (same fetch wait) → one upsert per batch, same load",
        unit: 'ms',
        note:
          `steady load: ${load}; read model polled every ${POLL_MS} ms; ours max ${Math.round(ours.max)} ms; ` +
          `a command answers only once its events are published, so the projector has usually started on them by then ` +
          `(the commands took p50 ${Math.round(commands.p50)} ms, p99 ${Math.round(commands.p99)} ms)`,
      })),
    ];
  },
};

const PERCENTILES = ['p50', 'p95', 'p99'] as const;

/**
 * The commands' round trips at 2, 4 and 8 times the steady load, ours and bare, each step on
 * `context.size` new cases; stops after the first step that saturates (see SATURATED_MEDIAN).
 */
async function loadSteps(context: BenchContext, stack: CaseStack, steady: Distribution): Promise<ResultRow[]> {
  const rows: ResultRow[] = [];
  for (const [step, multiple] of LOAD_STEPS.entries()) {
    const rate = CASES_PER_SECOND * multiple;
    const from = (step + 1) * context.size;
    const askedBefore = stack.staff.askedAgain;
    const trips: number[] = [];
    await atSteadyRate(context.size, rate, (index) =>
      emailCaseFlow(stack.staff, from + index, (answer) => trips.push(answer.answeredAt - answer.sentAt)),
    );
    const ours = distributionOf(trips);
    const bare = distributionOf(await bareRoundTrips(context, rate, from));
    const askedAgain = stack.staff.askedAgain - askedBefore;
    const saturated = askedAgain > 0 || ours.p50 > SATURATED_MEDIAN * steady.p50;
    context.log.info('load step', { multiple, casesPerSecond: rate, p50: ours.p50, p99: ours.p99, askedAgain, saturated });
    const note =
      `${rate} new e-mail cases/s (${multiple}× the steady ${CASES_PER_SECOND}), each received, assigned and answered in turn, ${context.size} cases; ` +
      `${askedAgain} commands turned away (503) and sent again; ${saturated ? `saturated: the steps stop here (a median over ${SATURATED_MEDIAN}× the steady load's, or commands turned away)` : 'not saturated'}`;
    rows.push(
      ...(['p50', 'p99'] as const).map((p) => ({
        benchmark: 'latency',
        measure: `command round trip at ${multiple}× the load, ${p}`,
        size: `${ours.count} commands`,
        figure: ours[p],
        limit: bare[p],
        limitName: 'the do-nothing workflow driven by the same Temporal client at the same load',
        unit: 'ms',
        note,
      })),
    );
    if (saturated) break;
  }
  return rows;
}

/** The raw limit of a command's round trip: bare Updates at a steady rate, timed each; `from`: the first case's index. */
async function bareRoundTrips(context: BenchContext, perSecond: number, from: number): Promise<number[]> {
  const bare = await context.fixtures.get('bare-stack', () => BareStack.start(context, 'cases'));
  const { workflow } = bare.temporal;
  const roundTrips: number[] = [];
  const timedUpdate = async <T>(update: () => Promise<T>): Promise<T> => {
    const sentAt = performance.now();
    const answer = await update();
    roundTrips.push(performance.now() - sentAt);
    return answer;
  };
  await atSteadyRate(context.size, perSecond, async (index) => {
    const workflowId = `bench-${context.run}-bare-updated-case-${from + index}`;
    const start = new WithStartWorkflowOperation(bareUpdatedCase, {
      workflowId,
      taskQueue: bare.taskQueue,
      args: [3],
      workflowIdConflictPolicy: 'FAIL',
    });
    await timedUpdate(() => workflow.executeUpdateWithStart(commandUpdate, { startWorkflowOperation: start }));
    const handle = workflow.getHandle(workflowId);
    for (let command = 2; command <= 3; command++) await timedUpdate(() => handle.executeUpdate(commandUpdate));
  });
  return roundTrips;
}

async function latencies(context: BenchContext, pool: Pool, query: string, runCase: CaseRun): Promise<Latencies> {
  const watch = new VisibilityWatch(pool, query);
  const visible: Promise<number>[] = [];
  const commands: number[] = [];
  try {
    await atSteadyRate(context.size, CASES_PER_SECOND, (index) =>
      runCase(index, (answer) => {
        commands.push(answer.answeredAt - answer.sentAt);
        visible.push(watch.visible(answer.caseId, answer.sequence).then((at) => at - answer.answeredAt));
      }),
    );
    return { visible: await Promise.all(visible), commands };
  } finally {
    await watch.stop();
  }
}

/** The same cases' events through the bare pipeline, one send per command, acked before the next. */
async function bareLatencies(context: BenchContext, pool: Pool): Promise<Latencies> {
  const kafka = kafkaFor(context.engines, '-bench-latency');
  const topic = `bench.${context.run}.latency`;
  const schema = `bench_${context.run}_latency`;
  await createTopics(kafka, [topic]);
  context.onEnd(() => deleteTopics(kafka, [topic]));
  await pool.query(`CREATE SCHEMA "${schema}"`);
  context.onEnd(() => dropSchema(context.engines.databaseUrl, schema));
  const pipeline = await BarePipeline.start(kafka, pool, topic, `"${schema}".visible`);
  try {
    const query = `SELECT key, sequence FROM "${schema}".visible WHERE key = ANY($1)`;
    return await latencies(context, pool, query, async (index, answered) => {
      for (const event of emailCaseEvents(benchCaseId(context.run, index))) {
        const messages = await wireMessagesOf([event]);
        const sentAt = performance.now();
        await pipeline.send(topic, messages);
        answered({ caseId: event.caseId, sequence: event.sequence, sentAt, answeredAt: performance.now() });
      }
    });
  } finally {
    await pipeline.stop();
  }
}
