import { caseWorkflowId, foldCase, type EventEnvelope } from '@entente/contracts';
import { TEAMS, type Role, type Team } from '@entente/domain';
import { revealFor, temporalClient } from '@entente/platform';
import type { KafkaMessage } from 'kafkajs';
import { testDataConverter, testKeyStore } from '../support/payload-keys';
import { ApiStack } from './api-harness';
import { senderFixture, startedWithDatabase } from './sender-fixture';

/*
 * Erasure (issue 15, item 5; docs/adr/0017): the privacy officer of a closed case's body erases
 * its personal information. The key is destroyed and `PersonalInformationErased` closes the
 * history; afterwards every store and route reads `[erased]`, the chain still verifies, and the
 * Kafka messages already published are byte for byte as they were. An open case, a case under a
 * legal hold, another body's officer and any other role are refused.
 */

const stack = new ApiStack();
const { email: EMAIL, sender: SENDER, tail, holdsSender } = senderFixture(stack, '-erasure-test');
const MINISTRY: readonly Team[] = TEAMS.filter((team) => team !== 'interparliamentary-cooperation');
const database = startedWithDatabase(stack);

const as = (role: Role) => stack.bearer(role);
const ministryPrivacyOfficer = () => stack.bearer('privacy-officer', `privacy-ministry-${stack.run}`, MINISTRY);
const assemblyPrivacyOfficer = () => stack.bearer('privacy-officer', `privacy-assembly-${stack.run}`, ['interparliamentary-cooperation']);
const REASON = { reason: 'Retention period over: the request was answered' };

const erase = (caseId: string, bearer: string) => stack.http().post(`/cases/${caseId}/erasure`).set('Authorization', bearer).send(REASON);

async function receive(): Promise<string> {
  const received = await stack.http().post('/email-requests').set('Authorization', as('intake-officer')).send(EMAIL).expect(201);
  return received.body.caseId as string;
}

async function answered(): Promise<string> {
  const caseId = await receive();
  await stack.answerEmailRequest(caseId);
  return caseId;
}

/** Every table of every schema in the database (other test files' too) with a row whose JSON holds the text. */
async function tablesHolding(text: string): Promise<string[]> {
  const tables: { schema: string; name: string }[] = await database().query(
    `SELECT table_schema AS schema, table_name AS name FROM information_schema.tables
     WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')`,
  );
  const holding: string[] = [];
  for (const { schema, name } of tables) {
    const [{ found }] = await database().query<[{ found: number }]>(
      `SELECT count(*)::int AS found FROM "${schema}"."${name}" t WHERE strpos(to_jsonb(t)::text, $1) > 0`,
      [text],
    );
    if (found > 0) holding.push(`${schema}.${name}`);
  }
  return holding;
}

const messagesOf = async (caseId: string): Promise<KafkaMessage[]> =>
  (await tail.read()).filter((message) => message.key?.toString() === caseId);
const bytesOf = (messages: readonly KafkaMessage[]) => messages.map((message) => message.value!.toString('base64'));

describe('erasing a closed case’s personal information', () => {
  let caseId: string;
  let openCaseId: string;
  let publishedBefore: string[];

  beforeAll(async () => {
    await tail.mark();
    caseId = await answered();
    openCaseId = await receive();
    await stack.readModel(openCaseId, (body) => body.status === 'received');
    publishedBefore = bytesOf(await messagesOf(caseId));
  });

  it('refuses an open case (409), anyone but a privacy officer (403), and another body’s officer (404)', async () => {
    const open = await erase(openCaseId, ministryPrivacyOfficer()).expect(409);
    expect(open.body).toMatchObject({ code: 'command-refused', detail: expect.stringMatching(/still open/) });
    for (const role of ['supervisor', 'auditor', 'administrator'] as const) {
      await erase(caseId, as(role)).expect(403);
    }
    await erase(caseId, assemblyPrivacyOfficer()).expect(404);
    expect(await database().query(`SELECT 1 FROM "${stack.schema}".case_data_key WHERE case_id = $1`, [caseId])).toHaveLength(1);
  });

  it('refuses a case under a legal hold until the hold is lifted, keeping who placed and lifted it and why', async () => {
    const place = { kind: 'access-request', reason: 'Access request 2027-014 being answered' };
    await stack.http().post(`/cases/${caseId}/holds`).set('Authorization', as('supervisor')).send(place).expect(403);
    await stack
      .http()
      .post(`/cases/${caseId}/holds`)
      .set('Authorization', ministryPrivacyOfficer())
      .send({ ...place, kind: 'whim' })
      .expect(400);
    const hold = await stack.http().post(`/cases/${caseId}/holds`).set('Authorization', ministryPrivacyOfficer()).send(place).expect(201);
    const held = await erase(caseId, ministryPrivacyOfficer()).expect(409);
    expect(held.body.detail).toMatch(/legal hold \(access-request\)/);
    const lifting = { reason: 'Access request 2027-014 answered' };
    const lift = () =>
      stack.http().post(`/cases/${caseId}/holds/${hold.body.id}/lifting`).set('Authorization', ministryPrivacyOfficer()).send(lifting);
    await lift().expect(200);
    await lift().expect(409);
    const listed = await stack.http().get(`/cases/${caseId}/holds`).set('Authorization', ministryPrivacyOfficer()).expect(200);
    expect(listed.body).toEqual([
      expect.objectContaining({
        kind: 'access-request',
        reason: place.reason,
        placedBy: `privacy-ministry-${stack.run}`,
        lifted: expect.objectContaining({ by: `privacy-ministry-${stack.run}`, reason: lifting.reason }),
      }),
    ]);
  });

  describe('once erased', () => {
    let erasedBy: string;

    beforeAll(async () => {
      const erased = await erase(caseId, ministryPrivacyOfficer()).expect(200);
      erasedBy = erased.body.erasedBy as string;
      expect(erased.body).toMatchObject({ caseId, head: { sequence: 4 } });
      await stack.readModel(caseId, (body) => body.timeline.length === 4);
    });

    it('has destroyed the case’s key, and records who erased, when and why as the case’s last event', async () => {
      expect(await database().query(`SELECT 1 FROM "${stack.schema}".case_data_key WHERE case_id = $1`, [caseId])).toEqual([]);
      const detail = await stack.readModel(caseId, () => true);
      expect(detail.timeline.at(-1)).toMatchObject({
        sequence: 4,
        type: 'PersonalInformationErased',
        actor: { id: erasedBy, role: 'privacy-officer' },
        data: REASON,
      });
    });

    it('reads [erased] on every read route, for readers shown and masked alike', async () => {
      const shown = await stack.http().get(`/cases/${caseId}`).set('Authorization', as('supervisor')).expect(200);
      expect(shown.body).toMatchObject({ senderAddress: '[erased]', senderName: '[erased]', subject: '[erased]' });
      expect(shown.body.timeline[0].data).toMatchObject({ sender: { email: '[erased]', name: '[erased]' }, body: '[erased]' });
      const at = new Date().toISOString();
      const asOf = await stack
        .http()
        .get(`/cases/${caseId}/as-of`)
        .query({ at })
        .set('Authorization', ministryPrivacyOfficer())
        .expect(200);
      expect(asOf.body.state).toMatchObject({ sender: { email: '[erased]', name: '[erased]' } });
      const exported = await stack.http().get(`/cases/${caseId}/export`).set('Authorization', as('auditor')).expect(200);
      const disclosed = await stack
        .http()
        .post(`/cases/${caseId}/disclosures`)
        .set('Authorization', as('auditor'))
        .send(REASON)
        .expect(200);
      for (const body of [shown.body, asOf.body, exported.text, disclosed.body]) expect(holdsSender(JSON.stringify(body))).toBe(false);
      expect(disclosed.body).toMatchObject({ senderAddress: '[erased]' });
    });

    it('still verifies: the chain covers the ciphertext, which the erasure left as it was', async () => {
      const verification = await stack.http().get(`/cases/${caseId}/verification`).set('Authorization', as('auditor')).expect(200);
      expect(verification.body).toMatchObject({ caseId, events: 4, verified: true, firstBreak: null });
    });

    it('leaves the Kafka messages already published byte for byte, the erasure one more after them', async () => {
      const after = await messagesOf(caseId);
      expect(bytesOf(after).slice(0, publishedBefore.length)).toEqual(publishedBefore);
      expect(after.filter((message) => holdsSender(message.value!))).toEqual([]);
      expect(JSON.parse(after.at(-1)!.value!.toString())).toMatchObject({ type: 'PersonalInformationErased', sequence: 4 });
    });

    it('folds, as a rebuild from offset 0 would, into a state whose personal fields read [erased]', async () => {
      const events = (await messagesOf(caseId)).map((message) => JSON.parse(message.value!.toString()) as EventEnvelope);
      const state = await revealFor(testKeyStore(database()), caseId, foldCase('email-request', events), true);
      expect(state).toMatchObject({ status: 'answered', sender: { email: '[erased]', name: '[erased]' } });
    });

    it('leaves no store or Temporal history from which the clear text can be had', async () => {
      const rows: { row: string }[] = await database().query(
        `SELECT to_jsonb(t)::text AS row FROM "${stack.schema}".case_event t WHERE case_id = $1
         UNION ALL SELECT to_jsonb(t)::text FROM "${stack.schema}".case_summary t WHERE case_id = $1
         UNION ALL SELECT to_jsonb(t)::text FROM "${stack.schema}".access_journal t WHERE case_id = $1`,
        [caseId],
      );
      expect(rows.filter(({ row }) => holdsSender(row))).toEqual([]);
      // A client of its own: a fresh key store, with nothing cached.
      const client = await temporalClient(stack.engines, testDataConverter(database()));
      try {
        await expect(client.workflow.getHandle(caseWorkflowId('email-request', caseId)).result()).rejects.toThrow(/no data key/);
      } finally {
        await client.connection.close();
      }
    });

    it('leaves the clear text in no table of any schema: rebuilds, retired read models, outboxes, journals', async () => {
      // The control: the same search finds the case's id, which rests in clear, where it rests.
      expect(await tablesHolding(caseId)).toEqual(expect.arrayContaining([`${stack.schema}.case_event`, `${stack.schema}.case_summary`]));
      expect([...(await tablesHolding(SENDER.email)), ...(await tablesHolding(SENDER.name))]).toEqual([]);
    });

    it('refuses a second erasure', async () => {
      const again = await erase(caseId, ministryPrivacyOfficer()).expect(409);
      expect(again.body.detail).toMatch(/already erased/);
    });
  });
});
