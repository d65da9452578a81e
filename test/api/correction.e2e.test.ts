import type { Payload } from '@temporalio/common';
import { closedCaseRecordId } from '@entente/contracts';
import { TEAMS, type Role, type Team } from '@entente/domain';
import { temporalClient } from '@entente/platform';
import { testDataConverter } from '../support/payload-keys';
import { ApiStack } from './api-harness';
import { holds, senderFixture, startedWithDatabase } from './sender-fixture';

/*
 * Corrections (issue 15, item 7; docs/adr/0020): on a person's request, the privacy officer of a
 * case's body corrects one of its personal fields. The correction is an event of the case, never
 * an edit: the events before it keep what they recorded, the read model and every fold read the
 * corrected text from then on, the corrected text rests sealed, the chain still verifies, and the
 * person is found under the corrected address. An open case records it through its own workflow
 * (and goes on with the corrected text); a closed one after its last event.
 */

const stack = new ApiStack();
const { email: EMAIL, sender: SENDER, tail } = senderFixture(stack, '-correction-test');
const MINISTRY: readonly Team[] = TEAMS.filter((team) => team !== 'interparliamentary-cooperation');
const database = startedWithDatabase(stack);

const as = (role: Role) => stack.bearer(role);
const ministryOfficer = () => stack.bearer('privacy-officer', `privacy-ministry-${stack.run}`, MINISTRY);
const assemblyOfficer = () => stack.bearer('privacy-officer', `privacy-assembly-${stack.run}`, ['interparliamentary-cooperation']);
const CORRECTED = `awa.diallo.${stack.run}@exemple.ca`;
const REASON = 'Correction request 2026-041: the requester gave a wrong address';
const correction = (field: string, correctedValue: string) => ({ field, correctedValue, reason: REASON });

const correct = (caseId: string, bearer: string, body: object) =>
  stack.http().post(`/cases/${caseId}/corrections`).set('Authorization', bearer).send(body);

async function receive(): Promise<string> {
  const received = await stack.http().post('/email-requests').set('Authorization', as('intake-officer')).send(EMAIL).expect(201);
  await stack.readModel(received.body.caseId as string, () => true);
  return received.body.caseId as string;
}

/** Every payload of a history, decoded as the worker decodes it: what Temporal's stores give an operator with the keys. */
async function decodedPayloads(history: unknown): Promise<string> {
  const payloads: Payload[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node !== null && typeof node === 'object') {
      const object = node as Payload;
      if (object.data instanceof Uint8Array && object.metadata) payloads.push(object);
      else Object.values(node).forEach(walk);
    }
  };
  walk(history);
  const decoded = await testDataConverter(database()).payloadCodecs![0]!.decode(payloads);
  return decoded.map((payload) => Buffer.from(payload.data ?? []).toString('utf8')).join('\n');
}

async function storedRows(caseId: string, type: string): Promise<string[]> {
  const rows: { row: string }[] = await database().query(
    `SELECT to_jsonb(t)::text AS row FROM "${stack.schema}".case_event t WHERE case_id = $1 AND type = $2`,
    [caseId, type],
  );
  return rows.map(({ row }) => row);
}

describe('correcting an open case’s personal information', () => {
  let caseId: string;
  let sequence: number;

  beforeAll(async () => {
    await tail.mark();
    caseId = await receive();
  });

  it('is refused to anyone but a privacy officer (403), and to another body’s officer (404)', async () => {
    for (const role of ['supervisor', 'case-officer', 'auditor', 'administrator'] as const) {
      await correct(caseId, as(role), correction('sender.email', CORRECTED)).expect(403);
    }
    await correct(caseId, assemblyOfficer(), correction('sender.email', CORRECTED)).expect(404);
  });

  it('names the field of a correction it cannot take, and records nothing', async () => {
    const notPersonal = await correct(caseId, ministryOfficer(), correction('status', 'answered')).expect(422);
    expect(notPersonal.body).toMatchObject({ field: 'field', detail: expect.stringMatching(/not a personal field/) });
    const absent = await correct(caseId, ministryOfficer(), correction('sender.address', '1 rue Principale')).expect(422);
    expect(absent.body.detail).toMatch(/holds no text at sender.address/);
    const noReason = await correct(caseId, ministryOfficer(), { field: 'sender.email', correctedValue: CORRECTED }).expect(400);
    expect(JSON.stringify(noReason.body)).toMatch(/reason/);
    await correct(caseId, ministryOfficer(), { ...correction('sender.email', CORRECTED), field: 'sender[email]' }).expect(400);
    const detail = await stack.readModel(caseId, () => true);
    expect(detail.timeline.map(({ type }) => type)).not.toContain('PersonalInformationCorrected');
  });

  it('records the correction as the case’s next event, and the case reads the corrected address', async () => {
    const corrected = await correct(caseId, ministryOfficer(), correction('sender.email', CORRECTED)).expect(201);
    expect(corrected.body).toMatchObject({ caseId, field: 'sender.email', correctedBy: `privacy-ministry-${stack.run}` });
    sequence = corrected.body.sequence as number;
    const detail = await stack.readModel(caseId, (body) => body.timeline.length === sequence);
    expect(detail).toMatchObject({ senderAddress: CORRECTED, senderName: SENDER.name });
    expect(detail.timeline.at(-1)).toMatchObject({
      sequence,
      type: 'PersonalInformationCorrected',
      actor: { role: 'privacy-officer' },
      data: { field: 'sender.email', correctedValue: CORRECTED, reason: REASON },
    });
    // Never an edit: the opening event still records the address as it was received.
    expect(detail.timeline[0]!.data).toMatchObject({ sender: { email: SENDER.email } });
  });

  it('masks the corrected text for a reader whose policy masks personal fields', async () => {
    const masked = await stack.http().get(`/cases/${caseId}`).set('Authorization', as('auditor')).expect(200);
    expect(masked.body.timeline.at(-1)).toMatchObject({ data: { field: 'sender.email', correctedValue: '[masked]' } });
    expect(JSON.stringify(masked.body)).not.toContain(CORRECTED);
  });

  it('rests sealed: neither the stored event nor the Kafka message holds the corrected address', async () => {
    const rows = await storedRows(caseId, 'PersonalInformationCorrected');
    expect(rows).toHaveLength(1);
    expect(rows.filter((row) => holds(row, CORRECTED))).toEqual([]);
    const messages = (await tail.read()).filter((message) => message.key?.toString() === caseId);
    expect(messages.some((message) => holds(message.value!, 'PersonalInformationCorrected'))).toBe(true);
    expect(messages.filter((message) => holds(message.value!, CORRECTED))).toEqual([]);
  });

  it('goes on: the case is answered after its correction, and its chain verifies', async () => {
    await stack.answerEmailRequest(caseId);
    const verification = await stack.http().get(`/cases/${caseId}/verification`).set('Authorization', as('auditor')).expect(200);
    expect(verification.body).toMatchObject({ caseId, verified: true, firstBreak: null });
  });

  it('finds the person under the corrected address', async () => {
    const found = await stack
      .http()
      .post('/privacy/person-searches')
      .set('Authorization', ministryOfficer())
      .send({ email: CORRECTED })
      .expect(200);
    expect(found.body.cases.map(({ caseId: id }: { caseId: string }) => id)).toEqual([caseId]);
  });
});

describe('correcting a closed case’s personal information', () => {
  let caseId: string;

  beforeAll(async () => {
    caseId = await receive();
    await stack.answerEmailRequest(caseId);
  });

  it('records each correction after the case’s last event, and the chain still verifies', async () => {
    const before = await stack.readModel(caseId, () => true);
    const first = await correct(caseId, ministryOfficer(), correction('sender.name', `Awa Diallo-Keïta ${stack.run}`)).expect(201);
    expect(first.body.sequence).toBe(before.timeline.length + 1);
    await stack.readModel(caseId, (body) => body.timeline.length === first.body.sequence);
    const second = await correct(caseId, ministryOfficer(), correction('sender.email', CORRECTED)).expect(201);
    expect(second.body.sequence).toBe(first.body.sequence + 1);
    const detail = await stack.readModel(caseId, (body) => body.timeline.length === second.body.sequence);
    expect(detail).toMatchObject({ status: 'answered', senderName: `Awa Diallo-Keïta ${stack.run}`, senderAddress: CORRECTED });
    const verification = await stack.http().get(`/cases/${caseId}/verification`).set('Authorization', as('auditor')).expect(200);
    expect(verification.body).toMatchObject({ caseId, events: second.body.sequence, verified: true, firstBreak: null });
    const rows = await storedRows(caseId, 'PersonalInformationCorrected');
    expect(rows).toHaveLength(2);
    expect(rows.filter((row) => holds(row, CORRECTED) || holds(row, 'Diallo-Keïta'))).toEqual([]);
  });

  it('gives Temporal no clear text: the record after closing carries the corrected text sealed, and outlives the key', async () => {
    const detail = await stack.readModel(caseId, () => true);
    const client = await temporalClient(stack.engines, testDataConverter(database()));
    try {
      const history = await client.workflow.getHandle(closedCaseRecordId(caseId, detail.timeline.length - 1)).fetchHistory();
      const decoded = await decodedPayloads(history);
      expect(decoded).toContain('PersonalInformationCorrected');
      expect(decoded).toContain('$enc:v1:');
      expect(holds(decoded, CORRECTED)).toBe(false);
    } finally {
      await client.connection.close();
    }
  });

  it('finds the person under the corrected name, sealed before it reached the workflow', async () => {
    const found = await stack
      .http()
      .post('/privacy/person-searches')
      .set('Authorization', ministryOfficer())
      .send({ name: `awa diallo keita ${stack.run}` })
      .expect(200);
    expect(found.body.cases.map(({ caseId: id }: { caseId: string }) => id)).toContain(caseId);
  });

  it('folds the corrections into the state as of a moment after them, and not before', async () => {
    const detail = await stack.readModel(caseId, () => true);
    const closing = detail.timeline.filter(({ type }) => type !== 'PersonalInformationCorrected').at(-1)!;
    const asOf = (at: string) =>
      stack.http().get(`/cases/${caseId}/as-of`).query({ at }).set('Authorization', ministryOfficer()).expect(200);
    expect((await asOf(new Date().toISOString())).body.state).toMatchObject({ sender: { email: CORRECTED } });
    expect((await asOf(closing.occurredAt)).body.state).toMatchObject({ sender: { email: SENDER.email, name: SENDER.name } });
  });

  it('never forks the chain when corrections race: each is recorded at its own place, or refused with 409', async () => {
    const racing = await Promise.all(
      ['Awa Diallo A', 'Awa Diallo B', 'Awa Diallo C'].map((name) => correct(caseId, ministryOfficer(), correction('sender.name', name))),
    );
    const recorded = racing.filter(({ status }) => status === 201).map(({ body }) => body.sequence as number);
    expect(racing.map(({ status }) => status).every((status) => status === 201 || status === 409)).toBe(true);
    expect(recorded.length).toBeGreaterThan(0);
    expect(new Set(recorded).size).toBe(recorded.length);
    const last = Math.max(...recorded);
    const detail = await stack.readModel(caseId, (body) => body.timeline.length === last);
    expect(detail.timeline.filter(({ sequence }) => recorded.includes(sequence)).map(({ type }) => type)).toEqual(
      recorded.map(() => 'PersonalInformationCorrected'),
    );
    const verification = await stack.http().get(`/cases/${caseId}/verification`).set('Authorization', as('auditor')).expect(200);
    expect(verification.body).toMatchObject({ events: last, verified: true });
  });

  it('meets the first outcome when the same request is sent again under its Idempotency-Key', async () => {
    const before = await stack.readModel(caseId, () => true);
    const send = () =>
      correct(caseId, ministryOfficer(), correction('sender.email', CORRECTED)).set('Idempotency-Key', `again-${stack.run}`);
    const first = await send().expect(201);
    const again = await send().expect(201);
    expect(again.body.sequence).toBe(first.body.sequence);
    expect(first.body.sequence).toBe(before.timeline.length + 1);
  });

  it('is refused once the case is erased (409)', async () => {
    await stack.http().post(`/cases/${caseId}/erasure`).set('Authorization', ministryOfficer()).send({ reason: REASON }).expect(200);
    await stack.readModel(caseId, (body) => body.timeline.at(-1)!.type === 'PersonalInformationErased');
    const refused = await correct(caseId, ministryOfficer(), correction('sender.email', 'x@example.org')).expect(409);
    expect(refused.body.detail).toMatch(/erased/);
  });
});

describe('reading a case while the projector commits its next event', () => {
  /*
   * The detail reads the summary, then the timeline. An event committed between the two reads
   * showed in the timeline over a summary that had not folded it (a correction's address, once).
   * A row ahead of the summary stands for that commit.
   */
  it('shows the timeline as of the summary it shows', async () => {
    const caseId = await receive();
    const [summary]: { last: number }[] = await database().query(
      `SELECT last_sequence AS last FROM "${stack.schema}".case_summary WHERE case_id = $1`,
      [caseId],
    );
    const last = summary!.last;
    await database().query(
      `INSERT INTO "${stack.schema}".case_event
         SELECT (jsonb_populate_record(t, jsonb_build_object('sequence', t.sequence + 1, 'event_id', t.event_id || '-next'))).*
         FROM "${stack.schema}".case_event t WHERE case_id = $1 AND sequence = $2`,
      [caseId, last],
    );
    try {
      const detail = await stack.http().get(`/cases/${caseId}`).set('Authorization', ministryOfficer()).expect(200);
      expect(detail.body.timeline.map(({ sequence }: { sequence: number }) => sequence)).toEqual(
        Array.from({ length: last }, (_, index) => index + 1),
      );
    } finally {
      await database().query(`DELETE FROM "${stack.schema}".case_event WHERE case_id = $1 AND sequence = $2`, [caseId, last + 1]);
    }
  });
});
