import { ApiStack } from './api-harness';

// Administrators publish next year's version of a standard; everyone reads the declaration.

const stack = new ApiStack();
beforeAll(() => stack.start());
afterAll(() => stack.stop());

const EMAIL = 'email-information-request';
const nextYear = `${new Date().getUTCFullYear() + 1}-04-01`;
const REVISION = {
  effectiveFrom: nextYear,
  title: 'Information request by e-mail answered within three working days',
  source: 'Declaration of services: "we answer your message within three working days."',
  workingDays: 3,
  warning: { workingDaysBeforeDue: 1 },
  escalation: { onBreach: 'director' },
};
const publish = (body: object, role: 'administrator' | 'supervisor' = 'administrator') =>
  stack.http().post(`/service-standards/${EMAIL}/versions`).set('Authorization', stack.bearer(role)).send(body);

describe('the declaration of services over HTTP', () => {
  it('publishes the next version of a standard, listed after the built-in one', async () => {
    const published = await publish(REVISION).expect(201);
    expect(published.body).toMatchObject({
      id: EMAIL,
      version: 2,
      effectiveFrom: nextYear,
      workingDays: 3,
      escalation: { onBreach: 'director' },
    });
    const listed = await stack.http().get('/service-standards').set('Authorization', stack.bearer('auditor')).expect(200);
    const versions = listed.body
      .filter((standard: { id: string }) => standard.id === EMAIL)
      .map((standard: { version: number; workingDays: number }) => [standard.version, standard.workingDays]);
    expect(versions).toEqual([
      [1, 4],
      [2, 3],
    ]);
  });

  it('refuses a second version on the same date (409), a past date (422), a bad value (400) and other roles (403)', async () => {
    const again = await publish(REVISION).expect(409);
    expect(again.body.message).toContain(`already takes effect on ${nextYear}`);
    const past = await publish({ ...REVISION, effectiveFrom: '2020-01-01' }).expect(422);
    expect(past.body.field).toBe('effectiveFrom');
    const bad = await publish({ ...REVISION, escalation: { onBreach: 'auditor' } }).expect(400);
    expect(bad.body.field).toBe('escalation.onBreach');
    await publish({ ...REVISION, effectiveFrom: `${new Date().getUTCFullYear() + 2}-04-01` }, 'supervisor').expect(403);
    const unknown = await stack
      .http()
      .post('/service-standards/parking-permit/versions')
      .set('Authorization', stack.bearer('administrator'))
      .send(REVISION)
      .expect(422);
    expect(unknown.body.field).toBe('standardId');
  });
});
