import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { EmailRequestController } from '../email-request/email-request.controller';
import { EmailRequestUseCases } from '../email-request/email-request.use-cases';
import { controllerTestApp, fakeUseCases, tokenFor } from '../testing/controller-test-app';

const CASE_ID = '3f0c2a4e-8a51-4f4e-9a53-0d9a6f1e2b7c';

describe('the rate limit per person', () => {
  let app: INestApplication;
  const requests = fakeUseCases(EmailRequestUseCases, ['assign', 'live'], { caseId: CASE_ID, sequence: 1, state: {} });

  beforeAll(async () => {
    app = await controllerTestApp(EmailRequestController, [requests.provider], undefined, {
      RATE_LIMIT_REQUESTS: '3',
      RATE_LIMIT_WINDOW_SECONDS: '600',
    });
  });
  afterAll(() => app.close());

  const as = async (sub: string) => `Bearer ${await tokenFor('supervisor', sub)}`;
  const live = async (sub: string, status: number) =>
    request(app.getHttpServer())
      .get(`/email-requests/${CASE_ID}/live`)
      .set('Authorization', await as(sub))
      .expect(status);

  it("answers 429 with Retry-After past a person's limit, counting every route, and leaves others be", async () => {
    for (let count = 0; count < 3; count++) await live('rita', 200);
    const refused = await live('rita', 429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.body).toMatchObject({ status: 429, code: 'too-many-requests', detail: expect.stringContaining('Retry-After') });
    const assign = request(app.getHttpServer()).post(`/email-requests/${CASE_ID}/assign`);
    await assign
      .set('Authorization', await as('rita'))
      .send({ officerId: 'olivier' })
      .expect(429);
    await live('sam', 200);
    expect(requests.assign).not.toHaveBeenCalled();
  });

  it('names the limit in the 429 it answers', async () => {
    for (let count = 0; count < 3; count++) await live('rene', 200);
    const refused = await live('rene', 429);
    expect(refused.body.detail).toBe('more than 3 requests in 600 s: wait as Retry-After says');
  });
});
