import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { GENESIS, seal } from '@entente/contracts';
import { CaseEventEntity, createDataSource, runMigrations } from '@entente/persistence';
import { enginesConfig } from '@entente/platform';
import { VerifyCaseUseCase } from '../../apps/api/src/cases/use-cases/verify-case.use-case';
import { CaseAsOfUseCase } from '../../apps/api/src/cases/use-cases/case-as-of.use-case';
import { VerifyLogUseCase } from '../../apps/api/src/cases/use-cases/verify-log.use-case';
import { toCaseEvent } from '../../apps/projector/src/case-timeline/case-timeline.projection';

// Tamper evidence on the stored event log: a case's chain verifies as stored, and once someone
// edits a stored event, the verifier names the first event that fails and why.

describe('verifying a case stored in the read model', () => {
  const { databaseUrl } = enginesConfig();
  const schema = `t_verify_${randomUUID().slice(0, 8)}`;
  const caseId = randomUUID();
  let database: DataSource;
  let verifier: VerifyCaseUseCase;

  beforeAll(async () => {
    await runMigrations(databaseUrl, schema);
    database = await createDataSource({ databaseUrl, schema }).initialize();
    verifier = new VerifyCaseUseCase(database.getRepository(CaseEventEntity));
    const actor = { id: 'ines', role: 'intake-officer' } as const;
    const events = seal(
      GENESIS,
      [
        { type: 'EmailRequestReceived', data: { subject: 'Stage OIG' }, occurredAt: '2026-11-23T15:00:00.000Z' },
        { type: 'EmailRequestAssigned', data: { officerId: 'olivier' }, occurredAt: '2026-11-23T16:00:00.000Z' },
        { type: 'EmailRequestAnswered', data: { answer: 'Voici les critères.' }, occurredAt: '2026-11-24T15:00:00.000Z' },
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

  it('folds the case as it stood at an instant: assigned, not yet answered, on the evening of the 23rd', async () => {
    const asOf = new CaseAsOfUseCase(database.getRepository(CaseEventEntity));
    // These fixture events are not a real e-mail (no sender, no clock): the fold reads what they hold.
    const evening = await asOf.execute(caseId, '2026-11-23T23:00:00.000Z');
    expect(evening).toMatchObject({ caseId, sequence: 2, state: { status: 'assigned', assignee: 'olivier' } });
    await expect(asOf.execute(caseId, '2026-11-23T14:00:00.000Z')).rejects.toThrow('has no event at or before');
  });

  it('holds as stored, and names the first altered event', async () => {
    const intact = await verifier.execute(caseId);
    expect(intact).toMatchObject({ caseId, events: 3, verified: true, firstBreak: null, head: { sequence: 3 } });

    const log = new VerifyLogUseCase(database.getRepository(CaseEventEntity), verifier);
    const progress: number[] = [];
    expect(await log.execute((checked) => progress.push(checked))).toEqual({ cases: 1, events: 3, verified: true, breaks: [] });
    expect(progress).toEqual([1]);

    await database.query(`UPDATE "${schema}".case_event SET data = '{"officerId":"mallory"}' WHERE case_id = $1 AND sequence = 2`, [
      caseId,
    ]);
    expect(await verifier.execute(caseId)).toMatchObject({
      verified: false,
      firstBreak: { eventId: `${caseId}:2`, reason: 'hash does not match the content' },
    });
    expect(await log.execute()).toMatchObject({
      verified: false,
      breaks: [{ caseId, eventId: `${caseId}:2`, reason: 'hash does not match the content' }],
    });
  });

  it('answers 404 for a case with no stored events', async () => {
    await expect(verifier.execute(randomUUID())).rejects.toThrow('not found');
  });
});
