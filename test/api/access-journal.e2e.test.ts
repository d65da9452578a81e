import { Client } from 'pg';
import type { Role } from '@entente/domain';
import { runAuditCli as audit } from '../support/audit-cli';
import { ApiStack } from './api-harness';

// The access journal on the real API and PostgreSQL: a read that shows personal information leaves
// an entry (who, what, when, under which correlation id) in the same request, auditors alone read
// the journal, and a read whose entry cannot be written is not answered.

const stack = new ApiStack();
const as = (role: Role, sub?: string) => stack.bearer(role, sub);
const http = () => stack.http();
const tokenOf = (role: Role, sub?: string) => as(role, sub).replace(/^Bearer /, '');
const reader = `rita-${stack.run}`;
const officer = `olga-${stack.run}`;
const EMAIL = { sender: { name: 'Awa Diallo', email: 'awa.diallo@example.org' }, subject: 'Stage OIG', body: 'Quels sont les critères ?' };

interface Entry {
  readonly id: string;
  readonly readAt: string;
  readonly subject: string;
  readonly role: string;
  readonly caseId: string;
  readonly route: string;
  readonly fieldsShown: string[];
  readonly correlationId: string;
}

let caseId: string;

beforeAll(async () => {
  await stack.start();
  const received = await http().post('/email-requests').set('Authorization', as('intake-officer')).send(EMAIL).expect(201);
  caseId = received.body.caseId as string;
  // Assigned to an officer of this run alone, so that a filtered page of the shared queue holds it alone.
  await http().post(`/email-requests/${caseId}/assign`).set('Authorization', as('supervisor')).send({ officerId: officer }).expect(200);
  await stack.readModel(caseId, (body) => body.status === 'assigned');
});
afterAll(() => stack.stop());

async function journal(query: Record<string, string>): Promise<{ items: Entry[]; total: number }> {
  const response = await http().get('/audit/access-journal').query(query).set('Authorization', as('auditor', 'ada')).expect(200);
  return response.body as { items: Entry[]; total: number };
}

describe('the access journal', () => {
  it('records a read of a case with who, the route, the personal fields shown and the correlation id', async () => {
    await http()
      .get(`/cases/${caseId}`)
      .set('Authorization', as('supervisor', reader))
      .set('X-Correlation-Id', `read-${stack.run}`)
      .expect(200);

    const { items } = await journal({ caseId, subject: reader });
    expect(items).toEqual([
      {
        id: expect.any(String),
        readAt: expect.any(String),
        subject: reader,
        role: 'supervisor',
        caseId,
        route: 'GET /cases/:caseId',
        fieldsShown: [
          'senderAddress',
          'senderName',
          'subject',
          'timeline[].data.body',
          'timeline[].data.sender.email',
          'timeline[].data.sender.name',
          'timeline[].data.subject',
        ],
        reason: null,
        correlationId: `read-${stack.run}`,
      },
    ]);
  });

  it('records the live state and the state as of an instant by their routes, not an export that masks all', async () => {
    const sub = `lou-${stack.run}`;
    await http().get(`/email-requests/${caseId}/live`).set('Authorization', as('supervisor', sub)).expect(200);
    await http()
      .get(`/cases/${caseId}/as-of`)
      .query({ at: new Date(Date.now() + 60_000).toISOString() })
      .set('Authorization', as('supervisor', sub))
      .expect(200);
    // An auditor's export masks every personal field (docs/domain.md#who-sees-what): it shows none to journal.
    const exported = await http().get(`/cases/${caseId}/export`).set('Authorization', as('auditor', sub)).expect(200);
    expect(exported.text).not.toContain(EMAIL.sender.email);

    const { items } = await journal({ subject: sub });
    expect(items.map(({ route, role }) => [route, role])).toEqual([
      ['GET /email-requests/:caseId/live', 'supervisor'],
      ['GET /cases/:caseId/as-of', 'supervisor'],
    ]);
    expect(items.every((entry) => entry.fieldsShown.some((field) => field.endsWith('sender.email')))).toBe(true);
  });

  it('records each case a page of the work queue shows with personal information', async () => {
    const sub = `lea-${stack.run}`;
    const page = await http().get('/cases').query({ assignee: officer }).set('Authorization', as('supervisor', sub)).expect(200);
    expect(page.body.items).toEqual([expect.objectContaining({ caseId })]);

    const { items } = await journal({ subject: sub });
    expect(items).toEqual([
      expect.objectContaining({ caseId, route: 'GET /cases', fieldsShown: ['senderAddress', 'senderName', 'subject'] }),
    ]);
  });

  it('filters by period, the end excluded, and pages within a bounded size', async () => {
    const [entry] = (await journal({ caseId, subject: reader })).items;
    const later = new Date(Date.parse(entry!.readAt) + 1).toISOString();
    expect((await journal({ caseId, subject: reader, from: entry!.readAt })).items).toEqual([entry]);
    expect((await journal({ caseId, subject: reader, from: later })).items).toEqual([]);
    expect((await journal({ caseId, subject: reader, to: entry!.readAt })).items).toEqual([]);
    expect((await journal({ caseId, subject: reader, to: later })).items).toEqual([entry]);

    const paged = await http()
      .get('/audit/access-journal')
      .query({ caseId, pageSize: 1, page: 2 })
      .set('Authorization', as('auditor'))
      .expect(200);
    expect(paged.body).toMatchObject({ page: 2, pageSize: 1, items: [expect.objectContaining({ caseId })] });
    const tooBig = await http().get('/audit/access-journal').query({ pageSize: 101 }).set('Authorization', as('auditor')).expect(400);
    expect(JSON.stringify(tooBig.body)).toContain('pageSize');
  });

  it.each<Role>(['supervisor', 'case-officer', 'administrator', 'director'])('refuses the journal to a %s (403)', async (role) => {
    await http().get('/audit/access-journal').set('Authorization', as(role)).expect(403);
  });

  it('does not answer a read it cannot journal', async () => {
    const owner = new Client({ connectionString: stack.engines.databaseUrl });
    await owner.connect();
    const table = `"${stack.schema}".access_journal`;
    try {
      await owner.query(`REVOKE INSERT ON ${table} FROM entente_api`);
      const refused = await http()
        .get(`/cases/${caseId}`)
        .set('Authorization', as('supervisor', `nell-${stack.run}`))
        .expect(503);
      expect(JSON.stringify(refused.body)).not.toContain(EMAIL.sender.email);
    } finally {
      await owner.query(`GRANT INSERT (subject, role, case_id, route, fields_shown, reason, correlation_id) ON ${table} TO entente_api`);
      await owner.end();
    }
    expect((await journal({ subject: `nell-${stack.run}` })).items).toEqual([]);
  });

  it('is read by the auditors’ CLI through the API, as the auditor its token names', async () => {
    await stack.api.listen(0, '127.0.0.1');
    const apiUrl = await stack.api.getUrl();
    const read = await audit(
      { AUDIT_API_URL: apiUrl, AUDIT_API_TOKEN: tokenOf('auditor', 'ada') },
      'access-journal',
      '--case',
      caseId,
      '--subject',
      reader,
    );
    expect(read).toMatchObject({ status: 0, err: '' });
    expect(JSON.parse(read.out)).toMatchObject({ total: 1, items: [{ subject: reader, caseId, route: 'GET /cases/:caseId' }] });

    const refused = await audit({ AUDIT_API_URL: apiUrl, AUDIT_API_TOKEN: tokenOf('supervisor') }, 'access-journal', '--case', caseId);
    expect(refused.status).toBe(2);
    expect(refused.err).toContain('the API answered 403');
    const anonymous = await audit({ AUDIT_API_URL: apiUrl, AUDIT_API_TOKEN: '' }, 'access-journal');
    expect(anonymous.status).toBe(2);
    expect(anonymous.err).toContain('AUDIT_API_TOKEN');
  });
});
