import { ApiStack } from './api-harness';

// An Idempotency-Key is its owner's and is bound to the first request sent under it, on the real
// engines: a retry of the same request meets the first, another request under it is refused.

const stack = new ApiStack();
const EMAIL = { sender: { name: 'Awa Diallo', email: 'awa.diallo@example.org' }, subject: 'Stage OIG', body: 'Quels critères ?' };
const intake = `intake-${stack.run}`;

beforeAll(() => stack.start());
afterAll(() => stack.stop());

const receive = (body: object, key: string, sub = intake) =>
  stack.http().post('/email-requests').set('Authorization', stack.bearer('intake-officer', sub)).set('Idempotency-Key', key).send(body);
const assign = (caseId: string, officerId: string, key: string) =>
  stack
    .http()
    .post(`/email-requests/${caseId}/assign`)
    .set('Authorization', stack.bearer('supervisor', `sam-${stack.run}`))
    .set('Idempotency-Key', key)
    .send({ officerId });

describe('an idempotency key', () => {
  it('opens one case for a retried opening, and refuses another opening under it with 422 naming the header', async () => {
    const key = `open-${stack.run}`;
    const first = await receive(EMAIL, key).expect(201);
    const retry = await receive(EMAIL, key).expect(201);
    expect(retry.body.caseId).toBe(first.body.caseId);
    const other = await receive({ ...EMAIL, subject: 'Autre chose' }, key).expect(422);
    expect(other.body).toMatchObject({ status: 422, code: 'idempotency-key-reused', field: 'Idempotency-Key' });
  });

  it("is bound to a command's data: the same assignment again answers as before, another one is refused", async () => {
    const { caseId } = (await receive(EMAIL, `case-${stack.run}`).expect(201)).body as { caseId: string };
    const key = `assign-${stack.run}`;
    const first = await assign(caseId, 'olivier', key).expect(200);
    const retry = await assign(caseId, 'olivier', key).expect(200);
    expect(retry.body).toEqual(first.body);
    await assign(caseId, 'carole', key).expect(422);
    const live = await stack
      .http()
      .get(`/email-requests/${caseId}/live`)
      .set('Authorization', stack.bearer('supervisor', `sam-${stack.run}`));
    expect(live.body.state).toMatchObject({ assignee: 'olivier' });
  });

  it("is its owner's: another person's same key, and an owner and key that only a separator would tell apart, are other keys", async () => {
    const key = `shared-${stack.run}`;
    const mine = await receive(EMAIL, key).expect(201);
    const theirs = await receive({ ...EMAIL, subject: 'Autre chose' }, key, `other-${stack.run}`).expect(201);
    expect(theirs.body.caseId).not.toBe(mine.body.caseId);
    const joined = await receive(EMAIL, `x:${stack.run}`, `a-${stack.run}`).expect(201);
    const split = await receive({ ...EMAIL, subject: 'Autre chose' }, stack.run, `a-${stack.run}:x`).expect(201);
    expect(split.body.caseId).not.toBe(joined.body.caseId);
  });
});
