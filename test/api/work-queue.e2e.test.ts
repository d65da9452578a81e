import { QC_PUBLIC_SERVICE_CALENDAR as CALENDAR, shiftWorkingDays, workingDaysBetween, type Role, type Team } from '@entente/domain';
import { ApiStack } from './api-harness';

// The work queue's views, for the person asking, on the real engines: each an SQL filter on the
// read model, with the working days left to each due day.

const stack = new ApiStack();
const officer = `olivier-${stack.run}`;
const INFORMATION: readonly Team[] = ['information-services'];
beforeAll(() => stack.start());
afterAll(() => stack.stop());

const post = (path: string, role: Role, body: object) => stack.http().post(path).set('Authorization', stack.bearer(role)).send(body);
const receivedWorkingDaysAgo = (days: number) => shiftWorkingDays(CALENDAR, new Date().toISOString(), -days);
const email = async (subject: string, receivedAt?: string) =>
  (
    await post('/email-requests', 'intake-officer', {
      sender: { name: null, email: 'a@example.org' },
      subject,
      body: '?',
      receivedAt,
    }).expect(201)
  ).body.caseId as string;
type Row = { caseId: string; workingDaysLeft: number | null; clockState: string; dueAt: string };
/** Every page of a view, kept to the cases these tests opened. */
async function queue(query: string, role: Role = 'case-officer', sub = officer): Promise<Row[]> {
  const rows: Row[] = [];
  for (let page = 1; ; page++) {
    const response = await stack
      .http()
      .get(`/cases?${query}&pageSize=100&page=${page}`)
      .set('Authorization', stack.bearer(role, sub, INFORMATION))
      .expect(200);
    rows.push(...(response.body.items as Row[]));
    if (response.body.items.length < 100) return rows.filter((row) => ours.has(row.caseId));
  }
}
const ids = (rows: Row[]) => rows.map((row) => row.caseId).sort();
const ours = new Set<string>();

describe('the work queue views', () => {
  const cases: Record<string, string> = {};

  beforeAll(async () => {
    cases.mine = await email('Mine');
    await post(`/email-requests/${cases.mine}/assign`, 'supervisor', { officerId: officer }).expect(200);
    cases.late = await email('Late', receivedWorkingDaysAgo(6));
    cases.soon = await email('Soon', receivedWorkingDaysAgo(3));
    const letter = {
      complainant: { name: 'J. Côté', postalAddress: '1200, avenue Cartier, Québec' },
      channel: 'letter',
      subject: 'Délai',
      details: 'Aucune réponse.',
      concern: { kind: 'standard-not-applied', service: 'Information requests by e-mail', standardId: 'email-information-request' },
    };
    cases.complaint = (await post('/complaints', 'intake-officer', letter).expect(201)).body.caseId as string;
    for (const caseId of Object.values(cases)) await stack.readModel(caseId, () => ours.add(caseId).size > 0);
    await stack.readModel(cases.mine, (body) => body.status === 'assigned');
  });

  it('mine: the open cases assigned to me', async () => {
    expect(ids(await queue('view=mine'))).toEqual([cases.mine]);
  });

  // A case officer reads only the cases they hold (docs/domain.md#who-sees-what): the team's queue is
  // the intake officers' and supervisors'.
  it("unassigned and team: my teams' cases, not another team's complaint", async () => {
    expect(ids(await queue('view=unassigned', 'intake-officer'))).toEqual([cases.late, cases.soon].sort());
    expect(ids(await queue('view=team', 'intake-officer'))).toEqual([cases.mine, cases.late, cases.soon].sort());
    expect(ids(await queue('view=unassigned'))).toEqual([]);
  });

  it('overdue and due-soon, with the working days left to each due day', async () => {
    // Counted on the calendar from today, whatever weekday the test runs on.
    const left = (row: { dueAt: string }) => {
      const now = new Date().toISOString();
      return row.dueAt >= now ? workingDaysBetween(CALENDAR, now, row.dueAt) : -workingDaysBetween(CALENDAR, row.dueAt, now);
    };
    const [late, ...noOtherLate] = await queue('view=overdue', 'supervisor');
    expect([late?.caseId, noOtherLate]).toEqual([cases.late, []]);
    expect(late!.workingDaysLeft).toBeLessThan(0);
    expect(late!.workingDaysLeft).toBe(left(late!));
    const [soon, ...noOtherSoon] = await queue('view=due-soon', 'supervisor');
    expect([soon?.caseId, noOtherSoon]).toEqual([cases.soon, []]);
    expect(soon!.workingDaysLeft).toBeGreaterThanOrEqual(0);
    expect(soon!.workingDaysLeft).toBe(left(soon!));
    expect((await queue('view=mine'))[0]).toMatchObject({ workingDaysLeft: 4 });
  });

  it('open: every open case the reader may read, sorted as asked', async () => {
    const byReceipt = await queue('view=open&sort=-receivedAt', 'supervisor');
    // The complaint is the Secretary General's team's, not this supervisor's.
    expect(ids(byReceipt)).toEqual([cases.mine, cases.late, cases.soon].sort());
    expect(byReceipt.slice(-2).map((row) => row.caseId)).toEqual([cases.soon, cases.late]);
  });

  it('refuses an unknown view or sort, naming the parameter', async () => {
    for (const query of ['view=everything', 'sort=subject']) {
      const response = await stack.http().get(`/cases?${query}`).set('Authorization', stack.bearer('supervisor')).expect(400);
      expect(JSON.stringify(response.body)).toContain(query.split('=')[0]);
    }
  });
});
