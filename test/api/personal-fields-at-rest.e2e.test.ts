import { CONCEALED_PREFIX } from '@entente/platform';
import type { Role } from '@entente/domain';
import { ApiStack } from './api-harness';
import { holds, senderFixture, startedWithDatabase } from './sender-fixture';

/*
 * Personal fields travel and rest sealed under their case's key (issue 15, items 2 and 4;
 * docs/adr/0016): the raw Kafka message and the raw `case_event` and `case_summary` rows of a new
 * e-mail case hold no byte of the sender's address or name, while the API shows them to a reader
 * allowed to see them, masks them for the others, and the chain over what is stored verifies.
 * The control: the same byte search finds them in the request and in the allowed reader's answer.
 */

const stack = new ApiStack();
const { sender: SENDER, email: EMAIL, tail, holdsSender } = senderFixture(stack, '-personal-fields-test');
const database = startedWithDatabase(stack);
const as = (role: Role) => stack.bearer(role);

async function rawRows(table: 'case_event' | 'case_summary', caseId: string): Promise<string[]> {
  const rows: { row: string }[] = await database().query(
    `SELECT to_jsonb(t)::text AS row FROM "${stack.schema}".${table} t WHERE case_id = $1`,
    [caseId],
  );
  return rows.map(({ row }) => row);
}

describe('personal fields encrypted at rest', () => {
  let caseId: string;

  beforeAll(async () => {
    await tail.mark();
    const received = await stack.http().post('/email-requests').set('Authorization', as('intake-officer')).send(EMAIL).expect(201);
    caseId = received.body.caseId as string;
    await stack.readModel(caseId, (body) => body.status === 'received');
  });

  it('finds the sender with the byte search in what was sent (the control)', () => {
    expect(holdsSender(JSON.stringify(EMAIL))).toBe(true);
    expect(holds(JSON.stringify(EMAIL), SENDER.name)).toBe(true);
  });

  it("publishes the case's events on Kafka with no byte of the sender's address or name", async () => {
    const messages = (await tail.read()).filter((message) => message.key?.toString() === caseId);
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.filter((message) => holdsSender(message.value!))).toEqual([]);
    const event = JSON.parse(messages[0]!.value!.toString()) as { data: { sender: { email: string }; subject: string } };
    expect(event.data.sender.email.startsWith(CONCEALED_PREFIX)).toBe(true);
    expect(event.data.subject.startsWith(CONCEALED_PREFIX)).toBe(true);
  });

  it('stores the events and the work queue row with none of those bytes either', async () => {
    const events = await rawRows('case_event', caseId);
    const summaries = await rawRows('case_summary', caseId);
    expect(events.length).toBe(1);
    expect(summaries.length).toBe(1);
    expect([...events, ...summaries].filter(holdsSender)).toEqual([]);
    expect(holds(events[0]!, CONCEALED_PREFIX)).toBe(true);
  });

  it('reads the case in clear for a reader the policy shows it to, and masked for an auditor', async () => {
    const shown = await stack.http().get(`/cases/${caseId}`).set('Authorization', as('supervisor')).expect(200);
    expect(shown.body).toMatchObject({ senderAddress: SENDER.email, senderName: SENDER.name, subject: EMAIL.subject });
    expect(shown.body.timeline[0].data).toMatchObject(EMAIL);
    expect(holdsSender(JSON.stringify(shown.body))).toBe(true);
    const masked = await stack.http().get(`/cases/${caseId}`).set('Authorization', as('auditor')).expect(200);
    expect(masked.body).toMatchObject({ senderAddress: '[masked]', senderName: '[masked]', subject: '[masked]' });
    expect(masked.body.timeline[0].data).toMatchObject({ sender: { email: '[masked]', name: '[masked]' }, body: '[masked]' });
    const text = JSON.stringify(masked.body);
    expect(holdsSender(text) || holds(text, CONCEALED_PREFIX)).toBe(false);
  });

  it('folds the stored ciphertext as of now, opened for an allowed reader, and opens it for an auditor who states why', async () => {
    const at = new Date().toISOString();
    const asOf = await stack.http().get(`/cases/${caseId}/as-of`).query({ at }).set('Authorization', as('supervisor')).expect(200);
    expect(asOf.body.state).toMatchObject({ sender: SENDER, subject: EMAIL.subject });
    const disclosed = await stack
      .http()
      .post(`/cases/${caseId}/disclosures`)
      .set('Authorization', as('auditor'))
      .send({ reason: 'a request for access by the sender' })
      .expect(200);
    expect(disclosed.body).toMatchObject({ senderAddress: SENDER.email, senderName: SENDER.name });
  });

  it('lists the case in the work queue in clear for an allowed reader', async () => {
    // Newest first: the page holds this case whatever else the stack's read model holds.
    const queue = await stack
      .http()
      .get('/cases?caseType=email-request&sort=-receivedAt&pageSize=100')
      .set('Authorization', as('supervisor'))
      .expect(200);
    const row = (queue.body.items as { caseId: string }[]).find((item) => item.caseId === caseId);
    expect(row).toMatchObject({ senderAddress: SENDER.email, subject: EMAIL.subject });
  });

  it('verifies the chain over the stored ciphertext', async () => {
    const verification = await stack.http().get(`/cases/${caseId}/verification`).set('Authorization', as('auditor')).expect(200);
    expect(verification.body).toMatchObject({ caseId, events: 1, verified: true, firstBreak: null });
  });
});
