import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import type { Admin, Kafka, Producer } from 'kafkajs';
import type { DataSource } from 'typeorm';
import { TOPICS } from '@entente/contracts';
import {
  CaseEventEntity,
  CaseSummaryEntity,
  createDataSource,
  ProjectionCheckpointEntity,
  ProjectionQuarantineEntity,
  runMigrations,
} from '@entente/persistence';
import { enginesConfig, eventProducer, Env, kafkaFor } from '@entente/platform';
import { readStoredCase, STORED_V1_EMAIL_REQUEST } from '../../libs/contracts/src/testing/stored-email-request';
import { CaseAsOfUseCase } from '../../apps/api/src/cases/use-cases/case-as-of.use-case';
import { VerifyCaseUseCase } from '../../apps/api/src/cases/use-cases/verify-case.use-case';
import { createProjectorApp } from '../../apps/projector/src/projector.app';
import { sealCase } from '../../apps/projector/src/testing/email-request.fixtures';
import { STORIES } from './email-request.stories';
import { createTopic, endOffsets, eventually, LogEntry, publish, recordingLogger } from './projector-harness';

// Real broker, real PostgreSQL. Each test projects its own topic into its own schema with its own
// consumer group, so it neither sees nor leaves events that other tests' projectors would read.

const engines = enginesConfig();
const run = randomUUID().slice(0, 8);
const PARTITIONS = TOPICS[0]!.partitions;

describe('projector: Kafka to PostgreSQL', () => {
  let kafka: Kafka;
  let admin: Admin;
  let producer: Producer;
  const topics: string[] = [];
  const databases: DataSource[] = [];
  const apps: INestApplication[] = [];

  beforeAll(async () => {
    kafka = kafkaFor(engines, '-projector-test');
    admin = kafka.admin();
    producer = eventProducer(kafka);
    await Promise.all([admin.connect(), producer.connect()]);
  });

  afterEach(async () => {
    await Promise.all(apps.splice(0).map((app) => app.close()));
  });

  afterAll(async () => {
    for (const database of databases) {
      await database.query(`DROP SCHEMA IF EXISTS "${database.driver.schema}" CASCADE`);
      await database.destroy();
    }
    if (topics.length > 0) await admin.deleteTopics({ topics });
    await Promise.all([admin.disconnect(), producer.disconnect()]);
  });

  async function freshTopic(name: string, partitions: number): Promise<string> {
    const topic = `t.projector.${name}.${run}`;
    await createTopic(admin, topic, partitions);
    topics.push(topic);
    return topic;
  }

  /** A schema of its own, migrated here or by the projector when it boots. */
  async function freshSchema(name: string, migrate: 'now' | 'on-boot'): Promise<DataSource> {
    const schema = `t_projector_${name}_${run}`;
    if (migrate === 'now') await runMigrations(engines.databaseUrl, schema);
    const database = await createDataSource({ databaseUrl: engines.databaseUrl, schema }).initialize();
    databases.push(database);
    return database;
  }

  const projectorEnv = (database: DataSource, topic: string, groupId: string): Env => ({
    DATABASE_URL: engines.databaseUrl,
    DATABASE_SCHEMA: database.driver.schema,
    KAFKA_BROKERS: engines.kafkaBrokers.join(','),
    PROJECTOR_TOPICS: topic,
    PROJECTOR_GROUP_ID: groupId,
    PROJECTOR_RUN_MIGRATIONS: 'false',
  });

  async function startProjector(env: Env, logger = recordingLogger().logger): Promise<INestApplication> {
    const app = await createProjectorApp(env, logger);
    apps.push(app);
    return app;
  }

  async function stop(app: INestApplication): Promise<void> {
    apps.splice(apps.indexOf(app), 1);
    await app.close();
  }

  const countEvents = (database: DataSource) => database.getRepository(CaseEventEntity).count();

  async function checkpointsOf(database: DataSource, topic: string): Promise<Map<number, string>> {
    const rows = await database.getRepository(ProjectionCheckpointEntity).findBy({ topic });
    return new Map(rows.map((row) => [row.partition, row.nextOffset]));
  }

  /** Resolves once the stored checkpoints reach the end of every partition of `topic`. */
  async function caughtUp(database: DataSource, topic: string): Promise<Map<number, string>> {
    const ends = await endOffsets(admin, topic);
    return eventually(`checkpoints at the end of ${topic}`, async () => {
      const checkpoints = await checkpointsOf(database, topic);
      return [...ends].every(([partition, end]) => checkpoints.get(partition) === end) ? checkpoints : undefined;
    });
  }

  it('applies every event exactly once across a restart, and a replayed duplicate changes nothing', async () => {
    const topic = await freshTopic('restart', PARTITIONS);
    const database = await freshSchema('restart', 'now');
    const env = projectorEnv(database, topic, `t-projector-restart-${run}`);
    const cases = Array.from({ length: 20 }, (_, i) => ({ caseId: `email-${run}-${i}`, story: STORIES[i % STORIES.length]! }));
    const events = new Map(cases.map(({ caseId, story }) => [caseId, sealCase(caseId, story.steps(caseId))]));
    const eventsOf = (caseId: string) => events.get(caseId)!;
    // Cases 0-9 are complete before the stop; cases 10-19 only received and assigned.
    const before = cases.flatMap(({ caseId }, i) => eventsOf(caseId).slice(0, i < 10 ? 5 : 2));
    const after = cases.slice(10).flatMap(({ caseId }) => eventsOf(caseId).slice(2));
    const replayed = eventsOf(cases[0]!.caseId)[2]!;

    await publish(producer, topic, before);
    const first = await startProjector(env);
    await eventually('the first part applied', async () => ((await countEvents(database)) === before.length ? true : undefined));
    const summaries = database.getRepository(CaseSummaryEntity);
    const timeline = database.getRepository(CaseEventEntity);
    const completeCase = cases[0]!.caseId;
    const rowBefore = await summaries.findOneByOrFail({ caseId: completeCase });
    const timelineBefore = await timeline.find({ where: { caseId: completeCase }, order: { sequence: 'ASC' } });
    await stop(first);

    await publish(producer, topic, [replayed, ...after]);
    const { logger, entries } = recordingLogger();
    await startProjector(env, logger);
    const checkpoints = await caughtUp(database, topic);

    const stored = await timeline.find({ order: { caseId: 'ASC', sequence: 'ASC' } });
    expect(stored.map((row) => row.eventId).sort()).toEqual(
      [...events.values()]
        .flat()
        .map((e) => e.eventId)
        .sort(),
    );
    for (const { caseId, story } of cases) {
      expect(await summaries.findOneByOrFail({ caseId })).toMatchObject({ ...story.ends, lastSequence: 5 });
    }
    expect(await summaries.findOneByOrFail({ caseId: completeCase })).toEqual(rowBefore);
    expect(await timeline.find({ where: { caseId: completeCase }, order: { sequence: 'ASC' } })).toEqual(timelineBefore);
    expect(checkpoints).toEqual(await endOffsets(admin, topic));
    // The restart began at the stored checkpoints: the only message it saw twice is the replay.
    expect(appliedBatches(entries).flatMap((b) => b.duplicates)).toEqual([replayed.eventId]);
    expect(appliedBatches(entries).reduce((sum, b) => sum + b.alreadyCheckpointed, 0)).toBe(0);
  });

  it('sets aside an event that arrives after a gap in its case, and goes on past it', async () => {
    const topic = await freshTopic('gap', 1);
    const database = await freshSchema('gap', 'on-boot');
    const caseId = `email-${run}-gap`;
    const [received, assigned, , reassigned] = sealCase(caseId, STORIES[0]!.steps(caseId));
    const { logger, entries } = recordingLogger();

    await publish(producer, topic, [received!, assigned!]);
    await startProjector({ ...projectorEnv(database, topic, `t-projector-gap-${run}`), PROJECTOR_RUN_MIGRATIONS: 'true' }, logger);
    await caughtUp(database, topic);

    await publish(producer, topic, [reassigned!]); // sequence 4: the warning (3) never arrives
    const setAside = await eventually('the gap to be reported', () => entries.find((e) => e.message === 'message set aside'));

    const reason = 'sequence gap: expected 3, received 4';
    expect(setAside.fields).toEqual({ caseId, reason, topic, partition: 0, offset: '2' });
    expect(await database.getRepository(CaseSummaryEntity).findOneByOrFail({ caseId })).toMatchObject({
      lastSequence: 2,
      status: 'assigned',
      assignee: 'officer-a',
    });
    expect((await database.getRepository(CaseEventEntity).findBy({ caseId })).map((e) => e.sequence).sort()).toEqual([1, 2]);
    expect(await database.getRepository(ProjectionQuarantineEntity).findBy({ caseId })).toMatchObject([
      { kafkaOffset: '2', sequence: 4, reason },
    ]);
    expect(await caughtUp(database, topic)).toEqual(new Map([[0, '3']]));
  });

  it('rebuilds a fresh schema from offset 0, even with a consumer group that has committed offsets', async () => {
    const topic = await freshTopic('rebuild', PARTITIONS);
    const live = await freshSchema('live', 'now');
    const rebuilt = await freshSchema('rebuilt', 'now');
    const group = `t-projector-rebuild-${run}`;
    const envelopes = STORIES.flatMap((story, i) => sealCase(`email-${run}-r${i}`, story.steps(`email-${run}-r${i}`)));
    await publish(producer, topic, envelopes);

    const liveProjector = await startProjector(projectorEnv(live, topic, group));
    const ends = await caughtUp(live, topic);
    await stop(liveProjector);
    const [committed] = await admin.fetchOffsets({ groupId: group, topics: [topic] });
    expect(new Map(committed!.partitions.filter((p) => ends.has(p.partition)).map((p) => [p.partition, p.offset]))).toEqual(ends);

    await startProjector(projectorEnv(rebuilt, topic, group));
    await caughtUp(rebuilt, topic);

    const everything = async (database: DataSource): Promise<unknown[]> => [
      await database.getRepository(CaseSummaryEntity).find({ order: { caseId: 'ASC' } }),
      await database.getRepository(CaseEventEntity).find({ order: { caseId: 'ASC', sequence: 'ASC' } }),
    ];
    expect(await countEvents(rebuilt)).toBe(envelopes.length);
    expect(await everything(rebuilt)).toEqual(await everything(live));
  });

  it('folds a real e-mail receipt stored at schema 1 as schema 2, and keeps it as stored', async () => {
    // Published by the dev stack while EmailRequestReceived was at schema 1, with the events after it.
    const [received, ...following] = readStoredCase(STORED_V1_EMAIL_REQUEST).envelopes;
    const { caseId } = received!;
    const topic = await freshTopic('schema-1', 1);
    const database = await freshSchema('schema_1', 'now');
    const summaries = database.getRepository(CaseSummaryEntity);
    const timeline = database.getRepository(CaseEventEntity);
    await startProjector(projectorEnv(database, topic, `t-projector-schema-1-${run}`));

    await publish(producer, topic, [received!]);
    await caughtUp(database, topic);
    expect(await summaries.findOneByOrFail({ caseId })).toMatchObject({ status: 'received', state: { replyLanguage: 'fr' } });

    await publish(producer, topic, following);
    await caughtUp(database, topic);
    expect(await summaries.findOneByOrFail({ caseId })).toMatchObject({
      status: 'answered',
      assignee: 'julie.cote',
      clockState: 'late',
      lastSequence: 4,
      state: { replyLanguage: 'fr', subject: 'Québec sans frontières : séjour en Haïti' },
    });
    const [storedReceipt] = await timeline.find({ where: { caseId }, order: { sequence: 'ASC' } });
    expect(storedReceipt).toMatchObject({ schemaVersion: 1, data: received!.data, hash: received!.hash });
    expect(storedReceipt!.data).not.toHaveProperty('replyLanguage');
    expect(await new VerifyCaseUseCase(timeline).execute(caseId)).toMatchObject({ events: 4, verified: true });
    // The late receipt's clock breached at once, before anyone was assigned.
    const [breach] = following;
    expect(breach).toMatchObject({ type: 'ServiceStandardBreached', sequence: 2 });
    expect(await new CaseAsOfUseCase(timeline).execute(caseId, breach!.occurredAt)).toMatchObject({
      sequence: 2,
      state: { status: 'received', replyLanguage: 'fr', clock: { breached: true } },
    });
  });
});

interface AppliedBatch {
  readonly duplicates: string[];
  readonly alreadyCheckpointed: number;
}

function appliedBatches(entries: readonly LogEntry[]): AppliedBatch[] {
  return entries.filter((e) => e.message === 'batch applied').map((e) => e.fields as unknown as AppliedBatch);
}
