import { randomUUID } from 'node:crypto';
import { caseWorkflowId } from '@entente/contracts';
import type { Role } from '@entente/domain';
import { eventually } from '../projector/projector-harness';
import { ApiStack } from './api-harness';

// Telephone calls over HTTP on the real engines, to the read model and the compliance report.

const stack = new ApiStack();
beforeAll(() => stack.start());
afterAll(() => stack.stop());

const ANSWERED = {
  line: 'quebec-city',
  caller: { name: 'Léa Bouchard', telephone: '418 555-0142' },
  subject: 'Québec Without Borders: how to take part in a stay abroad',
  outcome: {
    kind: 'answered-at-once',
    answer: 'Stays abroad are deployed by international cooperation organizations; gave the programme page.',
  },
};
const REFERRED = {
  line: 'montreal',
  subject: 'Registering a company for the Premier’s mission',
  outcome: { kind: 'referred', referredTo: { unit: 'Bureau des missions', contact: 'Mission registration desk, (418) 649-2300' } },
};
const record = (body: object, role: Role = 'intake-officer') =>
  stack.http().post('/telephone-inquiries').set('Authorization', stack.bearer(role)).send(body);

describe('telephone inquiries over HTTP', () => {
  it('records calls answered at once or referred, and the report gives the share answered at once', async () => {
    const calledAt = new Date().toISOString();
    const answered = await record({ ...ANSWERED, calledAt }).expect(201);
    const { caseId } = answered.body;
    expect(answered.headers.location).toBe(`/cases/${caseId}`);
    expect(answered.body).toMatchObject({ sequence: 1, state: { status: 'closed', answeredAtOnce: true } });
    const referred = (await record(REFERRED).expect(201)).body.caseId;

    const detail = await stack.readModel(caseId, (body) => body.status === 'answered-at-once');
    expect(detail).toMatchObject({
      caseType: 'telephone-inquiry',
      receivedAt: calledAt,
      answeredAt: calledAt,
      clockState: null,
      senderName: 'Léa Bouchard',
    });
    expect(detail.timeline.map((event) => event.type)).toEqual(['TelephoneInquiryRecorded']);
    const other = await stack.readModel(referred, (body) => body.status === 'referred');
    expect(other).toMatchObject({ senderName: null, answeredAt: null });
    const live = await stack.http().get(`/telephone-inquiries/${referred}/live`).set('Authorization', stack.bearer('auditor')).expect(200);
    expect(live.body).toMatchObject({ caseId: referred, sequence: 1, state: { outcome: { kind: 'referred' } } });

    // The projector replays the topic from its start, so earlier runs' calls may count too: the
    // exact figures are checked in test/reports.
    const report = await stack.http().get('/reports/service-standards').set('Authorization', stack.bearer('auditor')).expect(200);
    const thisMonth = report.body.telephone.find((row: { month: string }) => row.month === report.body.to);
    expect(thisMonth.answeredAtOnce).toBeGreaterThanOrEqual(1);
    expect(thisMonth.referred).toBeGreaterThanOrEqual(1);
    expect(thisMonth).toMatchObject({
      calls: thisMonth.answeredAtOnce + thisMonth.referred,
      share: thisMonth.answeredAtOnce / thisMonth.calls,
    });
  });

  it('answers a retry under the same Idempotency-Key with the first recording, though the case has closed', async () => {
    const recordOnce = () =>
      stack
        .http()
        .post('/telephone-inquiries')
        .set('Authorization', stack.bearer('intake-officer', 'ines'))
        .set('Idempotency-Key', `call-${stack.run}`)
        .send(ANSWERED);
    const first = await recordOnce().expect(201);
    const handle = stack.temporal.workflow.getHandle(caseWorkflowId('telephone-inquiry', first.body.caseId));
    await eventually('the call workflow to complete', async () =>
      (await handle.describe()).status.name === 'COMPLETED' ? true : undefined,
    );
    expect((await recordOnce().expect(201)).body).toEqual(first.body);
  });

  it('answers 400 naming the field, 403 for a role that may not, 404, 422 for what only the domain judges', async () => {
    const badLine = await record({ ...ANSWERED, line: '1-800' }).expect(400);
    expect(badLine.body.field).toBe('line');
    const badKind = await record({ ...ANSWERED, outcome: { kind: 'voicemail' } }).expect(400);
    expect(badKind.body.field).toBe('outcome.kind');
    await record(ANSWERED, 'case-officer').expect(403);
    await stack.http().get(`/telephone-inquiries/${randomUUID()}/live`).set('Authorization', stack.bearer('auditor')).expect(404);

    const nowhere = await record({ ...REFERRED, outcome: { kind: 'referred' } }).expect(422);
    expect(nowhere.body.field).toBe('outcome.referredTo');
    const twoDaysAgo = await record({ ...ANSWERED, calledAt: new Date(Date.now() - 2 * 86_400_000).toISOString() }).expect(422);
    expect(twoDaysAgo.body.field).toBe('calledAt');
  });
});
