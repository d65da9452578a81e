import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { CaseEventEntity, CaseSummaryEntity, ProjectionCheckpointEntity, ProjectionQuarantineEntity } from '@entente/persistence';
import { enginesConfig, Env } from '@entente/platform';
import { createProjectorApp } from '../../apps/projector/src/projector.app';
import { resealed, sealCase } from '../../apps/projector/src/testing/email-request.fixtures';
import { runCli } from '../support/cli-process';
import { STORIES } from './email-request.stories';
import { endOffsets, eventually, publish, recordingLogger, topicAndSchemaOfItsOwn, type TopicAndSchema } from './projector-harness';

// Real broker, real PostgreSQL, as kafka-to-postgres.test.ts: a topic, a schema and a consumer
// group of this file's own. One partition, so the poisoned case and the healthy one share it.

const engines = enginesConfig();
const run = randomUUID().slice(0, 8);
const REDRIVE = join(__dirname, '../../apps/projector/dist/cli/redrive.js');

describe('projector: a bad message does not stop the others', () => {
  let own: TopicAndSchema;
  let app: INestApplication | undefined;
  const topic = `t.projector.quarantine.${run}`;
  const schema = `t_projector_quarantine_${run}`;

  beforeAll(async () => {
    own = await topicAndSchemaOfItsOwn('-projector-test', topic, schema);
  });

  afterAll(async () => {
    await app?.close();
    await own.remove();
  });

  const env: Env = {
    DATABASE_URL: engines.databaseUrl,
    DATABASE_SCHEMA: schema,
    KAFKA_BROKERS: engines.kafkaBrokers.join(','),
    PROJECTOR_TOPICS: topic,
    PROJECTOR_GROUP_ID: `t-projector-quarantine-${run}`,
    PROJECTOR_HEALTH_LAG_TIMEOUT_MS: '10000', // a first health check connects to Kafka
  };

  /** Resolves once the stored checkpoint reaches the end of the topic. */
  async function caughtUp(): Promise<void> {
    const [end] = [...(await endOffsets(own.admin, topic)).values()];
    await eventually(`the checkpoint at ${end}`, async () => {
      const checkpoint = await own.database.getRepository(ProjectionCheckpointEntity).findOneBy({ topic, partition: 0 });
      return checkpoint?.nextOffset === end ? true : undefined;
    });
  }

  const health = async () => (await request(app!.getHttpServer()).get('/health').expect(200)).body as Record<string, unknown>;
  const sequencesOf = async (caseId: string) =>
    (await own.database.getRepository(CaseEventEntity).find({ where: { caseId }, order: { sequence: 'ASC' } })).map((e) => e.sequence);

  it('sets a poisoned case aside while the others go on, then re-drives it once fixed', async () => {
    const [poisoned, healthy] = [`email-${run}-poisoned`, `email-${run}-healthy`];
    const [story, otherStory] = [STORIES[0]!, STORIES[1]!];
    const events = sealCase(poisoned, story.steps(poisoned));
    const others = sealCase(healthy, otherStory.steps(healthy));
    const malformed = { key: poisoned, value: '{"eventId": "not JSON after all' };
    const forged = resealed({ ...events[2]!, previousHash: 'f'.repeat(64) }); // its own hash holds, its link does not
    const { logger, entries } = recordingLogger();

    await publish(own.producer, topic, [events[0]!, others[0]!, events[1]!, others[1]!, forged]); // offsets 0-4
    await own.producer.send({ topic, acks: -1, messages: [malformed] }); // 5
    await publish(own.producer, topic, [others[2]!, events[3]!, others[3]!, events[4]!, others[4]!]); // 6-10
    app = await createProjectorApp(env, logger);
    await caughtUp();

    // The other case is applied whole; the poisoned one stands at its last good event.
    expect(await own.database.getRepository(CaseSummaryEntity).findOneByOrFail({ caseId: healthy })).toMatchObject({
      ...otherStory.ends,
      lastSequence: 5,
    });
    expect(await sequencesOf(healthy)).toEqual([1, 2, 3, 4, 5]);
    expect(await own.database.getRepository(CaseSummaryEntity).findOneByOrFail({ caseId: poisoned })).toMatchObject({ lastSequence: 2 });
    const quarantined = await own.database.getRepository(ProjectionQuarantineEntity).find({ order: { kafkaOffset: 'ASC' } });
    expect(quarantined.map((row) => [row.kafkaOffset, row.caseId, row.sequence, row.reason])).toEqual([
      ['4', poisoned, 3, 'broken hash chain: previous hash does not link to event 2'],
      ['5', poisoned, 4, 'malformed: message value is not JSON'], // stands in for the case's next event
      ['7', poisoned, 4, 'an earlier event of the case is quarantined'],
      ['9', poisoned, 5, 'an earlier event of the case is quarantined'],
    ]);
    expect(quarantined[1]).toMatchObject({ key: Buffer.from(poisoned), value: Buffer.from(malformed.value) });

    // Logs name where and why, never what the message holds.
    const setAside = entries.filter((e) => e.message === 'message set aside');
    expect(setAside.map((e) => Object.keys(e.fields).sort())).toEqual(Array(4).fill(['caseId', 'offset', 'partition', 'reason', 'topic']));
    expect(JSON.stringify(entries)).not.toContain('Amina');
    expect(JSON.stringify(entries)).not.toContain('not JSON after all');

    expect(await health()).toEqual({
      status: 'degraded',
      quarantined: quarantined.map((row) => ({ caseId: poisoned, topic, partition: 0, offset: row.kafkaOffset, reason: row.reason })),
      quarantinedCount: 4,
      lag: [{ topic, partition: 0, latestOffset: '11', checkpoint: '11', lag: 0 }],
    });

    // Before the fix, a re-drive applies nothing and says what still waits.
    const early = await runCli(REDRIVE, env as Record<string, string>, poisoned);
    expect(early.status).toBe(1);
    expect(JSON.parse(early.out)).toMatchObject({ caseId: poisoned, status: 'quarantined', applied: [], superseded: [] });
    expect(await sequencesOf(poisoned)).toEqual([1, 2]);

    // The fix: the true third event, published again. It waits behind the quarantine too.
    await publish(own.producer, topic, [events[2]!]); // 11
    await caughtUp();
    expect(await own.database.getRepository(ProjectionQuarantineEntity).countBy({ caseId: poisoned })).toBe(5);

    const redriven = await runCli(REDRIVE, env as Record<string, string>, poisoned);
    expect(redriven).toMatchObject({ status: 0 });
    expect(
      redriven.out
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as unknown),
    ).toEqual([
      {
        caseId: poisoned,
        status: 'clear',
        applied: [`${poisoned}:3`, `${poisoned}:4`, `${poisoned}:5`],
        superseded: [
          { topic, partition: 0, offset: '4' },
          { topic, partition: 0, offset: '5' },
        ],
        waiting: [],
      },
    ]);
    expect(await own.database.getRepository(CaseSummaryEntity).findOneByOrFail({ caseId: poisoned })).toMatchObject({
      ...story.ends,
      lastSequence: 5,
    });
    const timeline = await own.database.getRepository(CaseEventEntity).find({ where: { caseId: poisoned }, order: { sequence: 'ASC' } });
    expect(timeline.map((e) => [e.sequence, e.hash, e.kafkaOffset])).toEqual([
      [1, events[0]!.hash, '0'],
      [2, events[1]!.hash, '2'],
      [3, events[2]!.hash, '11'],
      [4, events[3]!.hash, '7'],
      [5, events[4]!.hash, '9'],
    ]);
    expect(await health()).toMatchObject({ status: 'ok', quarantined: [], quarantinedCount: 0 });

    // Once more changes nothing: every event was applied once.
    const again = await runCli(REDRIVE, env as Record<string, string>, poisoned);
    expect(JSON.parse(again.out)).toEqual({ caseId: poisoned, status: 'clear', applied: [], superseded: [], waiting: [] });
    expect(await sequencesOf(poisoned)).toEqual([1, 2, 3, 4, 5]);
  });

  it('still answers 503 when its database is gone', async () => {
    const other = await createProjectorApp({ ...env, PROJECTOR_GROUP_ID: `t-projector-quarantine-503-${run}` }, recordingLogger().logger);
    try {
      await other.get(DataSource).destroy();
      await request(other.getHttpServer()).get('/health').expect(503);
    } finally {
      await other.close();
    }
  });
});
