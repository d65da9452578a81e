import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { GENESIS, seal } from '@entente/contracts';
import { CaseEventEntity, createDataSource, runMigrations } from '@entente/persistence';
import { enginesConfig } from '@entente/platform';
import { toCaseEvent } from '../../apps/projector/src/case-timeline/case-timeline.projection';

// The auditors' CLI (built by `npm test` before Jest runs) on a schema of its own: verify the
// whole log or one case, print a timeline or a state as of an instant, and fail clearly.

const CLI = join(__dirname, '../../apps/audit/dist/main.js');

describe('npm run audit', () => {
  const { databaseUrl } = enginesConfig();
  const schema = `t_audit_cli_${randomUUID().slice(0, 8)}`;
  const caseId = randomUUID();
  let database: DataSource;
  const audit = (...args: string[]) => {
    const run = spawnSync(process.execPath, [CLI, ...args], {
      env: { ...process.env, DATABASE_URL: databaseUrl, DATABASE_SCHEMA: schema },
      encoding: 'utf8',
    });
    return { status: run.status, out: run.stdout, err: run.stderr };
  };

  beforeAll(async () => {
    await runMigrations(databaseUrl, schema);
    database = await createDataSource({ databaseUrl, schema }).initialize();
    const actor = { id: 'ines', role: 'intake-officer' } as const;
    const events = seal(
      GENESIS,
      [
        { type: 'EmailRequestReceived', data: { subject: 'Stage OIG' }, occurredAt: '2026-11-23T15:00:00.000Z' },
        { type: 'EmailRequestAssigned', data: { officerId: 'olivier' }, occurredAt: '2026-11-24T15:00:00.000Z' },
      ].map((event) => ({ ...event, caseId, caseType: 'email-request' as const, schemaVersion: 1, actor, correlationId: 'c' })),
    );
    await database
      .getRepository(CaseEventEntity)
      .insert(events.map((event, index) => toCaseEvent(event, { topic: 't', partition: 0, offset: String(index) })));
  });

  afterAll(async () => {
    await database?.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await database?.destroy();
  });

  it('verifies the log, prints a timeline and a state as of an instant', () => {
    const verified = audit('verify');
    expect(verified.status).toBe(0);
    expect(JSON.parse(verified.out)).toEqual({ cases: 1, events: 2, verified: true, breaks: [] });
    const timeline = audit('timeline', caseId);
    expect(JSON.parse(timeline.out).map((event: { type: string; actor: object }) => [event.type, event.actor])).toEqual([
      ['EmailRequestReceived', { id: 'ines', role: 'intake-officer' }],
      ['EmailRequestAssigned', { id: 'ines', role: 'intake-officer' }],
    ]);
    // Fixture events hold only what this test reads; the fold keeps what they hold.
    expect(JSON.parse(audit('as-of', caseId, '2026-11-23T20:00:00Z').out)).toMatchObject({ sequence: 1, state: { status: 'received' } });
  });

  it('exports a history with its chain proof, as JSON and as CSV', () => {
    const json = audit('export', caseId);
    expect(json.status).toBe(0);
    const exported = JSON.parse(json.out);
    expect(exported).toMatchObject({
      caseId,
      caseType: 'email-request',
      proof: { events: 2, verified: true, firstBreak: null, head: { sequence: 2 } },
    });
    expect(exported.events.map((e: { eventId: string }) => e.eventId)).toEqual([`${caseId}:1`, `${caseId}:2`]);
    const csv = audit('export', caseId, 'csv');
    const [header, first, second] = csv.out.trimEnd().split('\r\n');
    expect(header).toBe(
      'sequence,event_id,type,schema_version,occurred_at,actor_id,actor_role,correlation_id,data,previous_hash,hash,chain',
    );
    expect(first).toContain(
      `1,${caseId}:1,EmailRequestReceived,1,2026-11-23T15:00:00.000Z,ines,intake-officer,c,"{""subject"":""Stage OIG""}",,`,
    );
    expect(second).toMatch(new RegExp(`^2,${caseId}:2,.*,${exported.events[0].hash},${exported.proof.head.hash},verified$`));
    expect(audit('export', caseId, 'pdf')).toMatchObject({ status: 2, err: expect.stringContaining('format must be json or csv') });
  });

  it('exits 2 naming the problem for an unknown case, a bad instant or bad usage, and 1 for an altered event', async () => {
    const unknown = audit('timeline', randomUUID());
    expect([unknown.status, unknown.err]).toEqual([2, expect.stringContaining('not found')]);
    expect(audit('as-of', caseId, 'yesterday')).toMatchObject({ status: 2, err: expect.stringContaining('ISO 8601 instant') });
    expect(audit('rebuild')).toMatchObject({ status: 2, err: expect.stringContaining('usage: npm run audit') });
    await database.query(`UPDATE "${schema}".case_event SET data = '{"officerId":"mallory"}' WHERE case_id = $1 AND sequence = 2`, [
      caseId,
    ]);
    const tampered = audit('verify', caseId);
    expect(tampered.status).toBe(1);
    expect(JSON.parse(tampered.out)).toMatchObject({
      verified: false,
      firstBreak: { eventId: `${caseId}:2`, reason: 'hash does not match the content' },
    });
    expect(
      audit('export', caseId, 'csv')
        .out.trimEnd()
        .split('\r\n')
        .map((row) => row.split(',').at(-1)),
    ).toEqual(['chain', 'verified', 'hash does not match the content']);
  });
});
