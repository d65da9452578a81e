import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import type { INestApplication } from '@nestjs/common';
import type { Admin, Producer } from 'kafkajs';
import type { DataSource } from 'typeorm';
import { TOPICS } from '@entente/contracts';
import { createDataSource, runMigrations } from '@entente/persistence';
import { enginesConfig, Env, eventProducer, kafkaFor, metricsText } from '@entente/platform';
import { createProjectorApp } from '../../apps/projector/src/projector.app';
import { ReadModelRebuild } from '../../apps/projector/src/rebuild';
import { sealCase } from '../../apps/projector/src/testing/email-request.fixtures';
import { createApiApp } from '../../apps/api/src';
import { bearerFor } from '../support/bearer';
import { STORIES } from '../projector/email-request.stories';
import { createTopic, endOffsets, eventually, publish, recordingLogger } from '../projector/projector-harness';

// An auditor's rebuild on the real engines: a live projector fills a schema from a topic of this
// test's own; the rebuild reads the same topic from offset 0 into a fresh schema, is compared row
// by row with the live model, and replaces it while the API keeps answering.

const engines = enginesConfig();
const run = randomUUID().slice(0, 8);
const quiet = () => recordingLogger().logger;

describe('rebuild and compare the read models', () => {
  const topic = `t.rebuild.${run}`;
  const live = `t_rebuild_live_${run}`;
  const cases = Array.from({ length: 12 }, (_, i) => ({ caseId: randomUUID(), story: STORIES[i % STORIES.length]! }));
  const sealed = new Map(cases.map(({ caseId, story }) => [caseId, sealCase(caseId, story.steps(caseId))]));
  let admin: Admin;
  let producer: Producer;
  let database: DataSource;
  let projector: INestApplication;
  let api: INestApplication;
  const env: Env = {
    ...process.env,
    DATABASE_URL: engines.databaseUrl,
    DATABASE_SCHEMA: live,
    KAFKA_BROKERS: engines.kafkaBrokers.join(','),
    PROJECTOR_TOPICS: topic,
    PROJECTOR_GROUP_ID: `t-rebuild-live-${run}`,
    PROJECTOR_RUN_MIGRATIONS: 'false',
  };

  beforeAll(async () => {
    const kafka = kafkaFor(engines, '-rebuild-test');
    admin = kafka.admin();
    producer = eventProducer(kafka);
    await Promise.all([admin.connect(), producer.connect()]);
    await createTopic(admin, topic, TOPICS[0]!.partitions);
    await runMigrations(engines.databaseUrl, live);
    database = await createDataSource({ databaseUrl: engines.databaseUrl, schema: live }).initialize();
    // The last event of each case comes after the swap, to show the live projector goes on.
    await publish(
      producer,
      topic,
      cases.flatMap(({ caseId }) => sealed.get(caseId)!.slice(0, 4)),
    );
    projector = await createProjectorApp(env, quiet());
    api = await createApiApp({ env: { DATABASE_SCHEMA: live }, log: quiet() });
    await liveCaughtUp();
  });

  afterAll(async () => {
    await api?.close();
    await projector?.close();
    await database?.query(`DROP SCHEMA IF EXISTS "${live}" CASCADE`);
    await database?.query(`DROP SCHEMA IF EXISTS "retired_t_rebuild_${run}" CASCADE`);
    await database?.destroy();
    await admin?.deleteTopics({ topics: [topic] });
    await Promise.all([admin?.disconnect(), producer?.disconnect()]);
  });

  async function liveCaughtUp(): Promise<void> {
    const ends = await endOffsets(admin, topic);
    await eventually('the live projector at the end of the topic', async () => {
      const rows: { partition: number; next_offset: string }[] = await database.query(
        `SELECT partition, next_offset FROM "${live}".projection_checkpoint`,
      );
      const at = new Map(rows.map((row) => [row.partition, row.next_offset]));
      return [...ends].every(([partition, end]) => at.get(partition) === end) ? true : undefined;
    });
  }

  const auditor = () => bearerFor(api, { sub: `auditor-${run}`, role: 'auditor' });
  // An error body has a numeric `status` of its own (RFC 9457): only a case read gives the case's.
  const caseStatus = async (caseId: string) => {
    const response = await request(api.getHttpServer()).get(`/cases/${caseId}`).set('Authorization', auditor());
    return response.status === 200 ? (response.body.status as string) : undefined;
  };

  it('rebuilds from offset 0 with progress and rate, compares row by row, and changes nothing else', async () => {
    const { logger, entries } = recordingLogger();
    const endsBefore = await endOffsets(admin, topic);
    const rebuild = await ReadModelRebuild.start(env, logger, `t_rebuild_a_${run}`);
    try {
      const progress = await rebuild.untilCaughtUp();
      expect(progress).toMatchObject({ messages: cases.length * 4, events: cases.length * 4 });
      expect(progress.eventsPerSecond).toBeGreaterThan(0);
      expect(entries.map((e) => e.message)).toEqual(expect.arrayContaining(['rebuild started', 'rebuild caught up']));
      // Its progress as metrics, for Prometheus to follow a long rebuild (AUDIT_METRICS_PORT).
      expect(await metricsText()).toContain(`entente_rebuild_messages_read ${progress.messages}\n`);

      const identical = await rebuild.compare();
      expect(identical.identical).toBe(true);
      for (const table of identical.tables) expect([table.table, table.rebuilt]).toEqual([table.table, table.live]);
      expect(identical.tables.map((t) => [t.table, t.live.rows])).toEqual([
        ['projection_checkpoint', endsBefore.size],
        ['case_summary', cases.length],
        ['case_event', cases.length * 4],
        ['service_clock', cases.length],
        ['projection_quarantine', 0],
      ]);

      // An altered and a lost row of the live model: named, with what differs.
      const [altered, lost] = [cases[0]!.caseId, cases[1]!.caseId];
      const [{ assignee }]: [{ assignee: string }] = await database.query(
        `SELECT assignee FROM "${live}".case_summary WHERE case_id = $1`,
        [altered],
      );
      await database.query(`UPDATE "${live}".case_summary SET assignee = 'mallory' WHERE case_id = $1`, [altered]);
      await database.query(`DELETE FROM "${live}".service_clock WHERE case_id = $1`, [lost]);
      const differing = await rebuild.compare();
      expect(differing.identical).toBe(false);
      const byTable = Object.fromEntries(differing.tables.map((t) => [t.table, t]));
      expect(byTable.case_summary).toMatchObject({
        differences: 1,
        samples: [{ key: { case_id: altered }, kind: 'differs', columns: ['assignee'] }],
      });
      expect(byTable.case_summary!.live.checksum).not.toBe(byTable.case_summary!.rebuilt.checksum);
      expect(byTable.service_clock).toMatchObject({ differences: 1, samples: [{ key: { case_id: lost }, kind: 'missing-from-live' }] });
      expect(byTable.case_event!.differences).toBe(0);
      // Put right from the rebuild, the live model is identical again.
      await database.query(`UPDATE "${live}".case_summary SET assignee = $2 WHERE case_id = $1`, [altered, assignee]);
      await database.query(`INSERT INTO "${live}".service_clock SELECT * FROM "${rebuild.schema}".service_clock WHERE case_id = $1`, [
        lost,
      ]);
      expect((await rebuild.compare()).identical).toBe(true);
    } finally {
      await rebuild.finish({ keep: false });
    }
    // No side effect: nothing was published, and neither the rebuild's schema nor its group remains.
    expect(await endOffsets(admin, topic)).toEqual(endsBefore);
    const groups = (await admin.listGroups()).groups.map((g) => g.groupId);
    expect(groups).not.toContain(rebuild.groupId);
    expect(await database.query('SELECT 1 FROM information_schema.schemata WHERE schema_name = $1', [rebuild.schema])).toEqual([]);
  });

  /** The auditors' CLI (built by `npm test` first), run without blocking this process's projector and API. */
  function audit(args: string[], extra: Env = {}): Promise<{ status: number | null; out: string; err: string }> {
    const child = spawn(process.execPath, [join(__dirname, '../../apps/audit/dist/main.js'), ...args], { env: { ...env, ...extra } });
    let [out, err] = ['', ''];
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (err += chunk));
    return new Promise((resolve) => child.on('close', (status) => resolve({ status, out, err })));
  }

  /** Its status, and what it logged when it failed: a failure shows why. */
  const exited = ({ status, err }: { status: number | null; err: string }) => ({ status, err: status === 0 ? '' : err });

  it('runs from the CLI: rebuild-and-compare, and a dated report that fails when the log was altered', async () => {
    const compared = await audit(['rebuild-and-compare']);
    expect(exited(compared)).toEqual({ status: 0, err: '' });
    expect(JSON.parse(compared.out)).toMatchObject({
      rebuild: { messages: cases.length * 4 },
      comparison: { identical: true },
      retired: null,
    });
    expect(compared.err).toContain('"message":"rebuild caught up"');

    const directory = mkdtempSync(join(tmpdir(), 'entente-report-'));
    const noLiveWorkflows = { AUDIT_REPLAY_QUERY: `WorkflowId = 'none-${run}'` };
    try {
      const filed = await audit(['report', directory], noLiveWorkflows);
      expect(exited(filed)).toEqual({ status: 0, err: '' });
      const { passed, files } = JSON.parse(filed.out) as { passed: boolean; files: string[] };
      expect(passed).toBe(true);
      expect(files.map((file) => file.slice(directory.length))).toEqual([
        expect.stringMatching(/^\/verification-\d{4}-\d\d-\d\dT.*\.json$/),
        expect.stringMatching(/\.md$/),
      ]);
      const report = JSON.parse(readFileSync(files[0]!, 'utf8'));
      expect(report).toMatchObject({
        passed: true,
        tamperEvidence: { cases: cases.length, events: cases.length * 4, verified: true },
        rebuildAndCompare: { comparison: { identical: true } },
        workflowReplay: { live: 0, replayed: true },
      });
      expect(report.workflowReplay.recorded).toBeGreaterThan(0);
      expect(readFileSync(files[1]!, 'utf8')).toContain('# Entente verification report — PASSED');

      const altered = cases[2]!.caseId;
      await database.query(`UPDATE "${live}".case_event SET actor_id = 'mallory' WHERE case_id = $1 AND sequence = 2`, [altered]);
      const failed = await audit(['report', directory], noLiveWorkflows);
      expect(failed.status).toBe(1);
      const markdown = readFileSync(JSON.parse(failed.out).files[1], 'utf8');
      expect(markdown).toContain('## 1. Tamper evidence — FAILED');
      expect(markdown).toContain(`- case ${altered}: event ${altered}:2: hash does not match the content`);
      expect(markdown).toContain('## 2. Rebuild and compare — FAILED');
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  it('swaps the rebuilt model in for the live one while the API answers, and the live projector goes on', async () => {
    const lost = cases[1]!.caseId;
    const status = await caseStatus(lost);
    await database.query(`DELETE FROM "${live}".case_summary WHERE case_id = $1`, [lost]);
    expect(await caseStatus(lost)).toBeUndefined();
    const rebuild = await ReadModelRebuild.start(env, quiet(), `t_rebuild_${run}`);
    let reads = 0;
    let answering = true;
    const reading = (async () => {
      for (; answering; reads++)
        expect((await request(api.getHttpServer()).get('/cases').set('Authorization', auditor())).status).toBe(200);
    })();
    try {
      await rebuild.untilCaughtUp();
      expect(await rebuild.swap()).toBe(`retired_t_rebuild_${run}`);
    } finally {
      answering = false;
      await reading;
      await rebuild.finish({ keep: false });
    }
    expect(reads).toBeGreaterThan(0);
    expect(await caseStatus(lost)).toBe(status);
    const retired: unknown[] = await database.query(`SELECT 1 FROM "retired_t_rebuild_${run}".case_summary WHERE case_id = $1`, [lost]);
    expect(retired).toEqual([]);

    await publish(
      producer,
      topic,
      cases.map(({ caseId }) => sealed.get(caseId)!.at(4)!),
    );
    await liveCaughtUp();
    for (const { caseId, story } of cases) expect(await caseStatus(caseId)).toBe(story.ends.status);
  });
});
