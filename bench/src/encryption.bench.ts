import { randomBytes } from 'node:crypto';
import type { EventEnvelope } from '@entente/contracts';
import { caseKeyStore, createDataSource, PostgresPersonIndex } from '@entente/persistence';
import { blindIndexKey, concealEventData, eventProducer, kafkaFor } from '@entente/platform';
import { personalFieldActivities, publishingActivities } from '@entente/worker';
import type { Benchmark, BenchContext } from './benchmark';
import { projectTopic } from './projection.bench';
import { benchCaseId, emailCaseEvents, EVENTS_PER_CASE } from './support/email-cases';
import { createTopics, deleteTopics, redirected } from './support/kafka';
import { indexes, inLanes } from './support/lanes';
import { migratedSchema } from './support/schemas';
import { perSecond, timed } from './stats';

/** The worker's activity slots (WORKER_MAX_CONCURRENT_ACTIVITIES' default), as in the publish benchmark. */
const LANES = 50;

/**
 * Issue 15, item 9: what sealing personal fields costs (docs/adr/0016, 0019). In the same run,
 * the worker's path from a command's decided events to Kafka with the sealing step
 * (`concealPersonalFields`: a new case key wrapped and stored, the blind index written, AES-GCM
 * per field) against the same events published as decided; and the projector on sealed events
 * against the same events in clear.
 */
export const encryptionCost: Benchmark = {
  id: 'encryption',
  title: 'cost of encrypting personal fields',
  sizes: { quick: 15_000, full: 150_000 },
  async run(context) {
    const cases = indexes(Math.ceil(context.size / EVENTS_PER_CASE)).map((index) => benchCaseId(context.run, index));
    const size = `${(cases.length * EVENTS_PER_CASE).toLocaleString('en-US')} events`;
    const publish = await publishRates(context, cases);
    const projection = await projectionRates(context, cases);
    const common = { benchmark: 'encryption', size, unit: 'events/s' };
    return [
      {
        ...common,
        measure: 'decided events → personal fields sealed → Kafka (worker path)',
        figure: publish.sealed,
        limit: publish.clear,
        limitName: 'the same events published as decided, in clear',
        note: `a case's three events sealed then published together, ${LANES} cases in flight; a new case key and its index rows in PostgreSQL`,
      },
      {
        ...common,
        measure: 'Kafka → projector → read models, personal fields sealed',
        figure: projection.sealed,
        limit: projection.clear,
        limitName: 'the same events in clear',
        note: 'the projector holds no key: sealed strings are longer text, nothing more',
      },
    ];
  },
};

async function publishRates(context: BenchContext, cases: readonly string[]): Promise<{ clear: number; sealed: number }> {
  const schema = await migratedSchema(context, 'encryption_keys');
  const database = await createDataSource({ databaseUrl: context.engines.databaseUrl, schema }).initialize();
  const kafka = kafkaFor(context.engines, '-bench-encryption');
  const topics = [`bench.${context.run}.encryption.clear`, `bench.${context.run}.encryption.sealed`];
  await createTopics(kafka, topics);
  context.onEnd(() => deleteTopics(kafka, topics));
  const producer = eventProducer(kafka);
  await producer.connect();
  try {
    const kek = randomBytes(32);
    const sealing = personalFieldActivities(caseKeyStore(database, kek), {
      index: new PostgresPersonIndex(database),
      key: blindIndexKey(kek),
    });
    const publishTo = (topic: string) => publishingActivities(redirected(producer, topic)).publishCaseEvents;
    const [clearTopic, sealedTopic] = [publishTo(topics[0]!), publishTo(topics[1]!)];
    const decided = cases.map((caseId) => emailCaseEvents(caseId));
    const clear = await timed(() => inLanes(decided, LANES, (events) => clearTopic(events)));
    context.log.info('published in clear', { events: decided.length * EVENTS_PER_CASE, ms: clear.elapsedMs });
    const sealed = await timed(() =>
      inLanes(decided, LANES, async (events) => {
        const data = await sealing.concealPersonalFields({
          caseId: events[0]!.caseId,
          caseType: 'email-request',
          data: events.map((e) => e.data),
        });
        await sealedTopic(events.map((event, index): EventEnvelope => ({ ...event, data: data[index] })));
      }),
    );
    context.log.info('sealed and published', { events: decided.length * EVENTS_PER_CASE, ms: sealed.elapsedMs });
    const events = decided.length * EVENTS_PER_CASE;
    return { clear: perSecond(events, clear.elapsedMs), sealed: perSecond(events, sealed.elapsedMs) };
  } finally {
    await producer.disconnect();
    await database.destroy();
  }
}

/** Two topics of the same cases, in clear and sealed, each projected into empty read models of its own. */
async function projectionRates(context: BenchContext, cases: readonly string[]): Promise<{ clear: number; sealed: number }> {
  const kafka = kafkaFor(context.engines, '-bench-encryption');
  const producer = eventProducer(kafka);
  const keys = new Map(cases.map((caseId) => [caseId, randomBytes(32)]));
  const sealedAtRest = (caseId: string, data: unknown) => concealEventData(keys.get(caseId)!, caseId, 'email-request', data);
  const rates = { clear: 0, sealed: 0 };
  await producer.connect();
  try {
    for (const variant of ['clear', 'sealed'] as const) {
      const topic = `bench.${context.run}.encryption.projection.${variant}`;
      await createTopics(kafka, [topic]);
      context.onEnd(() => deleteTopics(kafka, [topic]));
      const publish = publishingActivities(redirected(producer, topic)).publishCaseEvents;
      const events = cases.map((caseId) => (variant === 'clear' ? emailCaseEvents(caseId) : emailCaseEvents(caseId, sealedAtRest)));
      await inLanes(events, LANES, (batch) => publish(batch));
      const schema = await migratedSchema(context, `encryption_${variant}`);
      const count = cases.length * EVENTS_PER_CASE;
      rates[variant] = perSecond(count, await projectTopic(context, topic, schema, count));
      context.log.info('projected', { variant, events: count });
    }
    return rates;
  } finally {
    await producer.disconnect();
  }
}
