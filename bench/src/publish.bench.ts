import type { Kafka } from 'kafkajs';
import { kafkaFor } from '@entente/platform';
import type { Benchmark, BenchContext, ResultRow } from './benchmark';
import { confluentPublisher } from './publish/confluent-publisher';
import { ClientUnavailable, EventPublisher, PublishBatch, PublisherKind } from './publish/event-publisher';
import { activityPublisher, bareKafkajs } from './publish/kafkajs-publishers';
import { platformaticPublisher } from './publish/platformatic-publisher';
import { benchCaseId, emailCaseEvents, EVENTS_PER_CASE } from './support/email-cases';
import { createTopics, deleteTopics, endOffsets, wireMessagesOf } from './support/kafka';
import { inLanes } from './support/lanes';
import { expectedCounts } from './support/partitioning';
import { perSecond, timed } from './stats';

/** The worker's activity slots (WORKER_MAX_CONCURRENT_ACTIVITIES' default): as many publishes in flight. */
const LANES = 50;
/** Published before timing: connections, metadata and the idempotent producer id are set up by then. */
const WARM_UP_CASES = 50;
/** Every client runs this many times, the clients taking turns, so that none is alone in meeting a cold JIT. */
const ROUNDS = 2;

type CaseBatches = readonly PublishBatch[];

interface Measured {
  readonly rate: number | null;
  /** Why a client has no figure, or why its figure is suspect. */
  readonly note?: string;
}

/**
 * Item 2: events per second from the publishing activity's code path to Kafka, against a bare
 * kafkajs producer with the same settings sending the same bytes; and the candidate successors
 * of kafkajs behind the same interface, so that the choice of client rests on figures.
 */
export const publishThroughput: Benchmark = {
  id: 'publish',
  title: 'publish throughput',
  sizes: { quick: 15_000, full: 100_000 },
  async run(context) {
    const cases = Math.ceil(context.size / EVENTS_PER_CASE);
    const workload = await casesToPublish(context.run, WARM_UP_CASES + cases);
    const kafka = kafkaFor(context.engines, '-bench');
    const kinds: [PublisherKind, string][] = [
      [bareKafkajs, 'kafkajs'],
      [activityPublisher, 'activity'],
      [confluentPublisher(0), 'confluent-linger0'],
      [confluentPublisher(5), 'confluent-linger5'],
      [platformaticPublisher, 'platformatic'],
    ];
    const rounds = new Map(kinds.map(([kind]) => [kind, [] as Measured[]]));
    for (let round = 1; round <= ROUNDS; round++) {
      for (const [kind, slug] of kinds) {
        rounds.get(kind)!.push(await measurePublisher(context, kafka, kind, `bench.${context.run}.publish.${slug}.${round}`, workload));
      }
    }
    const [limit, ...candidates] = kinds.map(([kind]) => [kind, bestOf(rounds.get(kind)!)] as const);
    const size = `${(cases * EVENTS_PER_CASE).toLocaleString('en-US')} events`;
    return candidates.map(([kind, measured]): ResultRow => ({
      benchmark: 'publish',
      measure: kind.name,
      size,
      figure: measured.rate,
      limit: limit![1].rate,
      limitName: `${bareKafkajs.name}: the project's producer settings (idempotent, acks=-1, 1 request in flight), the activity's bytes`,
      unit: 'events/s',
      note: [`one event per publish, ${LANES} publishes in flight, best of ${ROUNDS} interleaved rounds`, measured.note]
        .filter(Boolean)
        .join('; '),
    }));
  },
};

/** The faster round (the other one met a JIT still warming or a neighbour's load); every note kept. */
function bestOf(measured: readonly Measured[]): Measured {
  const rates = measured.flatMap((m) => (m.rate === null ? [] : [m.rate]));
  const notes = [...new Set(measured.flatMap((m) => (m.note ? [m.note] : [])))];
  return { rate: rates.length > 0 ? Math.max(...rates) : null, note: notes.join('; ') || undefined };
}

/** Each case's three events, one publish each (a command's events, as the workflow drains its outbox). */
async function casesToPublish(run: string, cases: number): Promise<CaseBatches[]> {
  return Promise.all(
    Array.from({ length: cases }, (_, index) =>
      Promise.all(
        emailCaseEvents(benchCaseId(run, index)).map(async (event) => ({ envelopes: [event], messages: await wireMessagesOf([event]) })),
      ),
    ),
  );
}

async function measurePublisher(
  context: BenchContext,
  kafka: Kafka,
  kind: PublisherKind,
  topic: string,
  workload: readonly CaseBatches[],
): Promise<Measured> {
  await createTopics(kafka, [topic]);
  context.onEnd(() => deleteTopics(kafka, [topic]));
  let publisher: EventPublisher;
  try {
    publisher = await kind.open(context.engines);
  } catch (error) {
    if (error instanceof ClientUnavailable) return { rate: null, note: `unavailable: ${error.message}` };
    throw error;
  }
  try {
    // A case's events go one after the other, as its workflow publishes them; cases run side by side.
    const publishCases = (cases: readonly CaseBatches[]) =>
      inLanes(cases, LANES, async (batches) => {
        for (const batch of batches) await publisher.publish(topic, batch);
      });
    await publishCases(workload.slice(0, WARM_UP_CASES));
    const measured = workload.slice(WARM_UP_CASES);
    const { elapsedMs } = await timed(() => publishCases(measured));
    context.log.info('published', { client: kind.name, events: measured.length * EVENTS_PER_CASE, seconds: elapsedMs / 1000 });
    return { rate: perSecond(measured.length * EVENTS_PER_CASE, elapsedMs), note: await misplacement(kafka, topic, workload) };
  } catch (error) {
    context.log.error('client failed', { client: kind.name, error: (error as Error).message });
    return { rate: null, note: `failed: ${(error as Error).message}` };
  } finally {
    await publisher.close();
  }
}

/** Each partition must hold as many events as kafkajs's partitioner gives it, or the client places keys differently. */
async function misplacement(kafka: Kafka, topic: string, workload: readonly CaseBatches[]): Promise<string | undefined> {
  const keys = workload.flatMap((batches) => batches.flatMap((batch) => batch.messages.map((m) => String(m.key))));
  const expected = expectedCounts(keys);
  const offsets = await endOffsets(kafka, topic);
  const actual = expected.map((_, partition) => Number(offsets.get(partition) ?? 0));
  return actual.every((count, partition) => count === expected[partition])
    ? undefined
    : `KEYS PLACED ELSEWHERE THAN KAFKAJS: per partition ${actual.join('/')} instead of ${expected.join('/')}`;
}
