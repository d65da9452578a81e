import { Client } from 'pg';
import { ApiStack } from '../api/api-harness';
import { runAuditCli } from '../support/audit-cli';

// The auditors' CLI on the real API and engines: it reads cases as the auditor its token names,
// so the read policy masks what it masks for any auditor, a disclosure is journaled with its
// reason, a refusal reaches the auditor as the API's message, and an altered event shows its break.

const stack = new ApiStack();
const EMAIL = { sender: { name: 'Awa Diallo', email: 'awa.diallo@example.org' }, subject: 'Stage OIG', body: 'Quels sont les critères ?' };
const auditor = `ada-${stack.run}`;
let caseId: string;
let apiUrl: string;

const tokenOf = (role: 'auditor' | 'supervisor' | 'privacy-officer', sub: string) => stack.bearer(role, sub).replace(/^Bearer /, '');
const audit = (...args: string[]) => runAuditCli({ AUDIT_API_URL: apiUrl, AUDIT_API_TOKEN: tokenOf('auditor', auditor) }, ...args);

beforeAll(async () => {
  await stack.start();
  const received = await stack.http().post('/email-requests').set('Authorization', stack.bearer('intake-officer')).send(EMAIL).expect(201);
  caseId = received.body.caseId as string;
  await stack
    .http()
    .post(`/email-requests/${caseId}/assign`)
    .set('Authorization', stack.bearer('supervisor'))
    .send({ officerId: `olga-${stack.run}` })
    .expect(200);
  await stack.readModel(caseId, (body) => body.status === 'assigned');
  await stack.api.listen(0, '127.0.0.1');
  apiUrl = await stack.api.getUrl();
});
afterAll(() => stack.stop());

describe('npm run audit, through the API as an auditor', () => {
  it('prints a timeline and a state as of an instant, personal fields masked', async () => {
    const timeline = await audit('timeline', caseId);
    expect(timeline).toMatchObject({ status: 0, err: '' });
    const events = JSON.parse(timeline.out) as { type: string; actor: { role: string }; occurredAt: string }[];
    expect(events.map((event) => [event.type, event.actor.role])).toEqual([
      ['EmailRequestReceived', 'intake-officer'],
      ['EmailRequestAssigned', 'supervisor'],
    ]);
    expect(timeline.out).not.toContain(EMAIL.sender.email);

    const asOf = await audit('as-of', caseId, events[0]!.occurredAt);
    expect(asOf.status).toBe(0);
    expect(JSON.parse(asOf.out)).toMatchObject({ sequence: 1, state: { status: 'received' } });
    expect(asOf.out).not.toContain(EMAIL.sender.email);
  });

  it('verifies the log and one case, and exports a history with its chain proof as JSON and CSV', async () => {
    const log = await audit('verify');
    expect(log.status).toBe(0);
    expect(JSON.parse(log.out)).toMatchObject({ verified: true, breaks: [] });
    expect(JSON.parse((await audit('verify', caseId)).out)).toMatchObject({ verified: true, firstBreak: null });

    const json = JSON.parse((await audit('export', caseId)).out);
    expect(json).toMatchObject({ caseId, caseType: 'email-request', proof: { events: 2, verified: true, head: { sequence: 2 } } });
    const csv = await audit('export', caseId, 'csv');
    const [header, ...rows] = csv.out.trimEnd().split('\r\n');
    expect(header).toBe(
      'sequence,event_id,type,schema_version,occurred_at,actor_id,actor_role,correlation_id,data,previous_hash,hash,chain',
    );
    expect(rows.map((row) => row.split(',').at(-1))).toEqual(['verified', 'verified']);
    expect(csv.out).not.toContain(EMAIL.sender.email);
  });

  it('reveals a case only for a stated reason, which the access journal keeps', async () => {
    const reason = `Access request ${stack.run}: the sender asks for their file`;
    const disclosed = await audit('disclose', caseId, '--reason', reason);
    expect(disclosed.status).toBe(0);
    expect(JSON.parse(disclosed.out)).toMatchObject({ caseId, senderAddress: EMAIL.sender.email });

    const journal = JSON.parse((await audit('access-journal', '--case', caseId, '--subject', auditor)).out);
    expect(journal.items).toEqual([expect.objectContaining({ role: 'auditor', reason, route: 'POST /cases/:caseId/disclosures' })]);
    expect(await audit('disclose', caseId, '--reason', 'because')).toMatchObject({ status: 2, err: expect.stringContaining('reason') });
  });

  it('exits 2 with the API’s refusal for an unknown case, a bad instant, another role, no token or bad usage', async () => {
    expect(await audit('timeline', '7b0c2d7e-0000-4000-8000-000000000000')).toMatchObject({
      status: 2,
      err: expect.stringContaining('the API answered 404'),
    });
    expect(await audit('as-of', caseId, 'yesterday')).toMatchObject({ status: 2, err: expect.stringContaining('at') });
    expect(await audit('export', caseId, 'pdf')).toMatchObject({ status: 2, err: expect.stringContaining('format') });
    const supervisor = await runAuditCli(
      { AUDIT_API_URL: apiUrl, AUDIT_API_TOKEN: tokenOf('supervisor', `sam-${stack.run}`) },
      'export',
      caseId,
    );
    expect(supervisor).toMatchObject({ status: 2, err: expect.stringContaining('the API answered 403') });
    const anonymous = await runAuditCli({ AUDIT_API_URL: apiUrl, AUDIT_API_TOKEN: '' }, 'timeline', caseId);
    expect(anonymous).toMatchObject({ status: 2, err: expect.stringContaining('AUDIT_API_TOKEN') });
    expect(await audit('rebuild')).toMatchObject({ status: 2, err: expect.stringContaining('usage: npm run audit') });
  });

  it('lets a privacy officer place and lift a hold and erase a closed case, which an auditor may not', async () => {
    const closed = (await stack.http().post('/email-requests').set('Authorization', stack.bearer('intake-officer')).send(EMAIL).expect(201))
      .body.caseId as string;
    await stack.answerEmailRequest(closed);
    const privacy = (...args: string[]) =>
      runAuditCli({ AUDIT_API_URL: apiUrl, AUDIT_API_TOKEN: tokenOf('privacy-officer', `pia-${stack.run}`) }, ...args);
    const reason = 'Retention period over: request answered';
    expect(await audit('erase', closed, '--reason', reason)).toMatchObject({
      status: 2,
      err: expect.stringContaining('the API answered 403'),
    });
    const hold = JSON.parse((await privacy('hold', closed, 'access-request', '--reason', 'Access request 2027-014')).out) as { id: string };
    expect(await privacy('erase', closed, '--reason', reason)).toMatchObject({ status: 2, err: expect.stringContaining('legal hold') });
    expect(await privacy('lift-hold', closed, hold.id, '--reason', 'Access request 2027-014 answered')).toMatchObject({ status: 0 });
    const erased = await privacy('erase', closed, '--reason', reason);
    expect(erased.status).toBe(0);
    expect(JSON.parse(erased.out)).toMatchObject({ caseId: closed, erasedBy: `pia-${stack.run}`, head: { sequence: 4 } });
  });

  it('exits 1 and names the first break once a stored event is altered', async () => {
    const owner = new Client({ connectionString: stack.engines.databaseUrl });
    await owner.connect();
    try {
      await owner.query(`UPDATE "${stack.schema}".case_event SET data = '{"officerId":"mallory"}' WHERE case_id = $1 AND sequence = 2`, [
        caseId,
      ]);
    } finally {
      await owner.end();
    }
    const tampered = await audit('verify', caseId);
    expect(tampered.status).toBe(1);
    expect(JSON.parse(tampered.out)).toMatchObject({
      verified: false,
      firstBreak: { eventId: `${caseId}:2`, reason: 'hash does not match the content' },
    });
  });
});
