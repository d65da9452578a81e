import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { EmailRequestController } from '../email-request/email-request.controller';
import { EmailRequestUseCases } from '../email-request/email-request.use-cases';
import { controllerTestApp, fakeUseCases, tokenFor } from '../testing/controller-test-app';
import { JSON_BODY_LIMIT } from './configure-http';

// What configureHttp answers before any controller runs: body size, media type, methods, paths.

const CASE_ID = '3f0c2a4e-8a51-4f4e-9a53-0d9a6f1e2b7c';
const RECEIVE = { sender: { address: 'awa@example.org' }, subject: 'Stage OIG', body: 'Quels critères ?' };
/** 60,000 characters, French accents mostly: 116 kB in UTF-8, within the DTO's 100,000 characters. */
const LONG_FRENCH_BODY = 'àâçéèêëîïôœùûü '.repeat(4000);

describe('HTTP edges (body limit, media type, methods)', () => {
  let app: INestApplication;
  const requests = fakeUseCases(EmailRequestUseCases, ['receive', 'assign', 'answer', 'close', 'live'], {
    caseId: CASE_ID,
    sequence: 1,
    state: {},
  });
  const { receive } = requests;

  beforeAll(async () => {
    app = await controllerTestApp(EmailRequestController, [requests.provider]);
    intake = `Bearer ${await tokenFor('intake-officer')}`;
  });
  afterAll(() => app.close());
  beforeEach(() => receive.mockClear());

  const http = () => request(app.getHttpServer());
  let intake: string;

  it('sends security headers on every answer, refusals included', async () => {
    for (const call of [
      http().get(`/email-requests/${'0'.repeat(8)}/live`),
      http().post('/email-requests').set('Authorization', intake).send({}),
    ]) {
      const response = await call;
      expect(response.headers).toMatchObject({
        'x-content-type-options': 'nosniff',
        'x-frame-options': 'SAMEORIGIN',
        'strict-transport-security': expect.stringContaining('max-age='),
        'content-security-policy': expect.stringContaining("default-src 'self'"),
      });
      expect(response.headers['x-powered-by']).toBeUndefined();
    }
  });

  it('accepts a 60,000-character French e-mail, accents intact', async () => {
    expect(LONG_FRENCH_BODY.length).toBe(60_000);
    expect(Buffer.byteLength(JSON.stringify({ ...RECEIVE, body: LONG_FRENCH_BODY }))).toBeGreaterThan(100_000);
    await http()
      .post('/email-requests')
      .set('Authorization', intake)
      .send({ ...RECEIVE, body: LONG_FRENCH_BODY })
      .expect(201);
    expect(receive).toHaveBeenCalledWith(expect.objectContaining({ body: LONG_FRENCH_BODY }), expect.anything());
  });

  it('answers 413 to a body over the limit', async () => {
    const response = await http()
      .post('/email-requests')
      .set('Authorization', intake)
      .send({ ...RECEIVE, body: 'x'.repeat(2_000_000) })
      .expect(413);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({
      status: 413,
      code: 'payload-too-large',
      field: 'body',
      detail: expect.stringContaining(String(JSON_BODY_LIMIT)),
    });
    expect(receive).not.toHaveBeenCalled();
  });

  it.each([
    ['text/plain', JSON.stringify(RECEIVE)],
    ['application/x-www-form-urlencoded', 'subject=Stage&body=Quels'],
  ])('answers 415 to a %s body', async (type, body) => {
    const response = await http().post('/email-requests').set('Authorization', intake).set('Content-Type', type).send(body).expect(415);
    expect(response.body).toMatchObject({
      status: 415,
      code: 'unsupported-media-type',
      field: 'Content-Type',
      detail: expect.stringContaining(type),
    });
    expect(receive).not.toHaveBeenCalled();
  });

  it('answers 400 naming the body to JSON that does not parse, or that is no object', async () => {
    const response = await http()
      .post('/email-requests')
      .set('Authorization', intake)
      .set('Content-Type', 'application/json')
      .send('{"subject":')
      .expect(400);
    expect(response.body).toMatchObject({ status: 400, code: 'malformed-request', field: 'body' });
    const string = await http().post('/email-requests').set('Authorization', intake).set('Content-Type', 'application/json').send('"AAA"');
    expect(string.body).toMatchObject({ status: 400, code: 'malformed-request', field: 'body' });
  });

  it.each([
    ['PATCH', '/email-requests', 'POST'],
    ['TRACE', '/email-requests', 'POST'],
    ['DELETE', `/email-requests/${CASE_ID}/live`, 'GET, HEAD'],
  ])('answers 405 with Allow to %s %s', async (method, path, allow) => {
    const response = await http()[method.toLowerCase() as 'patch'](path).set('Authorization', intake).expect(405);
    expect(response.headers.allow).toBe(allow);
    expect(response.body).toMatchObject({ status: 405, code: 'method-not-allowed' });
  });

  it('answers 404 to an unknown path, whatever the method', async () => {
    for (const method of ['get', 'post', 'trace'] as const) {
      const response = await http()[method]('/no-such-thing').set('Authorization', intake).expect(404);
      expect(response.body).toMatchObject({ status: 404, code: 'not-found', detail: `Cannot ${method.toUpperCase()} /no-such-thing` });
    }
  });
});
