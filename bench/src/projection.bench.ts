import { Pool } from 'pg';
import type { Producer, RecordMetadata } from 'kafkajs';
import type { EventEnvelope } from '@entente/contracts';
import { createDataSource } from '@entente/persistence';
import { eventProducer, kafkaFor } from '@entente/platform';
import { createProjectorApp, planBatch, PositionedMessage } from '@entente/projector';
import { publishingActivities } from '@entente/worker';
import type { Benchmark, BenchContext, ResultRow } from './benchmark';
import { appEnv } from './engines';
import { AppliedCounter } from './projection/applied-counter';
import { BareRowWriter } from './projection/bare-row-writer';
import { rebuildRate } from './projection/rebuild-rate';
import { benchCaseId, emailCaseEvents, EVENTS_PER_CASE } from './support/email-cases';
import { createTopics, deleteTopics, redirected } from './support/kafka';
import { partitionOf } from './support/partitioning';
import { migratedSchema } from './support/schemas';
import { perSecond, timed } from './stats';

/** Cases per produce request: ~300 kB per partition, under the broker's 1 MB batch limit. */
const CASES_PER_CHUNK = 600;

/**
 * Item 1: N events already in Kafka, applied by the projector (createProjectorApp, the real
 * consumer and ReadModelsProjector) to empty read models; against the same rows written by a bare
 * multi-row insert with pg.
 */
export const projectionThroughput: Benchmark = {
  id: 'projection',
  title: 'projection throughput',
  sizes: { quick: 100_000, full: 1_000_000 },
  async run(context) {
    const cases = Math.ceil(context.size / EVENTS_PER_CASE);
    const events = cases * EVENTS_PER_CASE;
    const size = `${events.toLocaleString('en-US')} events`;
    const topic = `bench.${context.run}.projection`;
    const kafka = kafkaFor(context.engines, '-bench');
    await createTopics(kafka, [topic]);
    context.onEnd(() => deleteTopics(kafka, [topic]));
    const bare = await loadTopicAndWriteBareRows(context, topic, cases);
    context.log.info('projecting', { topic, events });
    const projectorSchema = await migratedSchema(context, 'projection');
    const projectorRate = perSecond(events, await projectTopic(context, topic, projectorSchema, events));
    const insertRate = perSecond(events, bare.insertMs);
    const chunk = `a transaction per ${CASES_PER_CHUNK * EVENTS_PER_CASE} events`;
    const note = 'timed from the consumer positioned on its partitions to the last event applied';
    const projected = (limit: number | null, against: string, limitName: string): ResultRow => ({
      benchmark: 'projection',
      measure: `Kafka → projector → empty read models, against ${against}`,
      size,
      figure: projectorRate,
      limit,
      limitName,
      unit: 'events/s',
      note,
    });
    const rows: ResultRow[] = [
      projected(
        insertRate,
        'multi-row INSERT',
        `the same rows (case_event, case_summary, service_clock) by multi-row INSERT with pg, ${chunk}`,
      ),
      projected(
        perSecond(events, bare.copyMs),
        'COPY into staging',
        `the same rows by COPY into a staging table per table, then one INSERT … SELECT (ON CONFLICT for summaries and clocks), ${chunk}`,
      ),
    ];
    // Item 6, the auditors' rebuild rate, measured here while the topic and the projected read
    // models still exist.
    rows.push(await rebuildRate(context, topic, projectorSchema, size, insertRate));
    for (const instances of SCALING) rows.push(await projectorsScaling(context, topic, events, instances, insertRate));
    return rows;
  },
};

/** Projector instances in one consumer group for the cost-growth lines: the topic has 6 partitions. */
const SCALING = [1, 2, 4];

async function projectorsScaling(
  context: BenchContext,
  topic: string,
  events: number,
  instances: number,
  insertRate: number,
): Promise<ResultRow> {
  const schema = await migratedSchema(context, `scaling_${instances}`);
  return {
    benchmark: 'projection',
    measure: `${instances} projector instance${instances > 1 ? 's' : ''}, one group, 6 partitions`,
    size: `${events.toLocaleString('en-US')} events`,
    figure: perSecond(events, await projectTopic(context, topic, schema, events, instances)),
    limit: insertRate,
    limitName: 'the multi-row INSERT of the same rows (first projection line)',
    unit: 'events/s',
    note: 'the instances share the machine; timed from the first positioned to the last event applied',
  };
}

/**
 * Puts the cases' events on the topic through the worker's publishing activity, and writes the
 * rows the projector will make of them with each bare writer, into a schema each; only the writes
 * are timed.
 */
async function loadTopicAndWriteBareRows(
  context: BenchContext,
  topic: string,
  cases: number,
): Promise<{ insertMs: number; copyMs: number }> {
  const producer = eventProducer(kafkaFor(context.engines, '-bench-load'));
  const pool = new Pool({ connectionString: context.engines.databaseUrl, max: 1 });
  const insertSchema = await migratedSchema(context, 'bare_rows');
  const copySchema = await migratedSchema(context, 'bare_copy');
  const metadata = await createDataSource({ databaseUrl: context.engines.databaseUrl, schema: insertSchema }).initialize();
  await producer.connect();
  try {
    const inserter = new BareRowWriter(pool, metadata, insertSchema, 'insert');
    const copier = new BareRowWriter(pool, metadata, copySchema, 'copy');
    const load = loader(producer, topic);
    const spent = { insertMs: 0, copyMs: 0 };
    for (let first = 0; first < cases; first += CASES_PER_CHUNK) {
      const ids = Array.from({ length: Math.min(CASES_PER_CHUNK, cases - first) }, (_, i) => benchCaseId(context.run, first + i));
      const plan = planBatch(new Map(), await load(ids.flatMap((id) => emailCaseEvents(id))));
      spent.insertMs += (await timed(() => inserter.write(plan))).elapsedMs;
      spent.copyMs += (await timed(() => copier.write(plan))).elapsedMs;
      if ((first / CASES_PER_CHUNK) % 10 === 0) context.log.info('loading events', { topic, cases: first + ids.length, of: cases });
    }
    return spent;
  } finally {
    await producer.disconnect();
    await metadata.destroy();
    await pool.end();
  }
}

/** Publishes a chunk as the activity does, and tells where each event landed (for the bare rows' offsets). */
function loader(producer: Producer, topic: string): (events: EventEnvelope[]) => Promise<PositionedMessage[]> {
  let sent: RecordMetadata[] = [];
  const publish = publishingActivities(redirected(producer, topic, (result) => (sent = result))).publishCaseEvents;
  return async (events) => {
    await publish(events);
    const next = new Map(sent.map((r) => [r.partition, BigInt(r.baseOffset ?? '0')]));
    return events.map((envelope) => {
      const partition = partitionOf(envelope.caseId);
      const offset = next.get(partition)!;
      next.set(partition, offset + 1n);
      const raw = { key: Buffer.from(envelope.caseId), value: Buffer.from(JSON.stringify(envelope)) };
      return { position: { topic, partition, offset: offset.toString() }, raw, reading: { readable: true, envelope } as const };
    });
  };
}

/** Milliseconds from the first of `instances` projectors positioned on `topic` to its last event applied into `schema`. */
export async function projectTopic(context: BenchContext, topic: string, schema: string, events: number, instances = 1): Promise<number> {
  const counter = new AppliedCounter(events, (applied) => context.log.info('projector progress', { applied, of: events, instances }));
  const env = appEnv(context.engines, {
    DATABASE_SCHEMA: schema,
    PROJECTOR_TOPICS: topic,
    PROJECTOR_GROUP_ID: `bench-${context.run}-${schema}`,
    PROJECTOR_RUN_MIGRATIONS: 'false',
  });
  const apps = await Promise.all(Array.from({ length: instances }, () => createProjectorApp(env, counter.logger)));
  try {
    return await counter.done;
  } finally {
    await Promise.all(apps.map((app) => app.close()));
  }
}
