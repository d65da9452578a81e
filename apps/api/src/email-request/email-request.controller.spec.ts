import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { UNAUTHENTICATED } from '../auth/jwt-auth.guard';
import { controllerTestApp, fakeUseCases, tokenFor } from '../testing/controller-test-app';
import { EmailRequestController } from './email-request.controller';
import { EmailRequestUseCases } from './email-request.use-cases';

const CASE_ID = '3f0c2a4e-8a51-4f4e-9a53-0d9a6f1e2b7c';
const VIEW = { caseId: CASE_ID, sequence: 1, state: { status: 'received' } };
const RECEIVE = { sender: { name: 'Awa Diallo', email: 'awa@example.org' }, subject: 'Stage OIG', body: 'Quels critères ?' };

describe('EmailRequestController (auth and validation)', () => {
  let app: INestApplication;
  const requests = fakeUseCases(EmailRequestUseCases, ['receive', 'assign', 'answer', 'close', 'live'], VIEW);
  const { receive, assign, answer, close, live } = requests;
  const fakes = [receive, assign, answer, close, live];

  const commands = [
    { command: 'ReceiveEmailRequest', path: '/email-requests', body: RECEIVE, useCase: receive },
    { command: 'AssignEmailRequest', path: `/email-requests/${CASE_ID}/assign`, body: { officerId: 'carole' }, useCase: assign },
    { command: 'AnswerEmailRequest', path: `/email-requests/${CASE_ID}/answer`, body: { answer: 'Bonjour' }, useCase: answer },
    {
      command: 'CloseEmailRequestWithoutAnswer',
      path: `/email-requests/${CASE_ID}/close`,
      body: { reason: 'withdrawn', explanation: 'Retirée par courriel' },
      useCase: close,
    },
  ];

  beforeAll(async () => {
    app = await controllerTestApp(EmailRequestController, [requests.provider]);
  });
  afterAll(() => app.close());
  beforeEach(() => fakes.forEach((fake) => fake.mockClear()));

  const post = (path: string, body: object, token?: string) => {
    const call = request(app.getHttpServer()).post(path).send(body);
    return token ? call.set('Authorization', `Bearer ${token}`) : call;
  };

  describe('authentication', () => {
    it.each(commands)('answers 401 to $command without a token', async ({ path, body, useCase }) => {
      const response = await post(path, body).expect(401);
      expect(response.body).toMatchObject({ status: 401, code: 'unauthenticated', detail: UNAUTHENTICATED, message: UNAUTHENTICATED });
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(useCase).not.toHaveBeenCalled();
    });

    it('accepts a token the provider issued, as the person it names', async () => {
      await post('/email-requests', RECEIVE, await tokenFor('intake-officer', 'ines')).expect(201);
      expect(receive).toHaveBeenCalledWith(expect.anything(), expect.objectContaining({ actor: { id: 'ines', role: 'intake-officer' } }));
    });
  });

  describe('command permissions', () => {
    it.each(commands)('refuses $command to an auditor with 403, before any use case runs', async ({ command, path, body, useCase }) => {
      const response = await post(path, body, await tokenFor('auditor')).expect(403);
      expect(response.body).toMatchObject({ status: 403, code: 'forbidden', message: `auditor may not issue ${command}` });
      expect(useCase).not.toHaveBeenCalled();
    });

    it('refuses assignment to a case officer', async () => {
      const response = await post(`/email-requests/${CASE_ID}/assign`, { officerId: 'me' }, await tokenFor('case-officer')).expect(403);
      expect(response.body.message).toBe('case-officer may not issue AssignEmailRequest');
    });

    it('hands a live read to the use case with its reader, whom the read policy scopes there', async () => {
      await request(app.getHttpServer())
        .get(`/email-requests/${CASE_ID}/live`)
        .set('Authorization', `Bearer ${await tokenFor('auditor')}`)
        .expect(200, VIEW);
      expect(live).toHaveBeenCalledWith(CASE_ID, expect.objectContaining({ role: 'auditor' }));
    });
  });

  describe('accepted commands', () => {
    it('records an e-mail: 201, Location, the correlation id echoed and handed to the use case', async () => {
      const response = await post('/email-requests', RECEIVE, await tokenFor('intake-officer', 'ines'))
        .set('X-Correlation-Id', 'req-42')
        .expect(201);
      expect(response.body).toEqual(VIEW);
      expect(response.headers.location).toBe(`/cases/${CASE_ID}`);
      expect(response.headers['x-correlation-id']).toBe('req-42');
      expect(receive).toHaveBeenCalledWith(expect.objectContaining(RECEIVE), {
        actor: { id: 'ines', role: 'intake-officer' },
        teams: expect.any(Array),
        correlationId: 'req-42',
      });
    });

    it('records the language the requester is answered in, when the intake officer states it', async () => {
      const inEnglish = { ...RECEIVE, subject: 'IGO internships', body: 'Which criteria apply?', replyLanguage: 'en' };
      await post('/email-requests', inEnglish, await tokenFor('intake-officer')).expect(201);
      expect(receive).toHaveBeenCalledWith(expect.objectContaining(inEnglish), expect.anything());
    });

    it('mints a correlation id when the caller sends none, or an unusable one', async () => {
      const response = await post(`/email-requests/${CASE_ID}/assign`, { officerId: 'carole' }, await tokenFor('supervisor'))
        .set('X-Correlation-Id', 'not acceptable!')
        .expect(200);
      const [, , context] = assign.mock.calls[0]!;
      expect(response.headers['x-correlation-id']).toMatch(/^[0-9a-f-]{36}$/);
      expect(context.correlationId).toBe(response.headers['x-correlation-id']);
    });
  });

  describe('validation', () => {
    const supervisor = () => tokenFor('supervisor');

    it.each([
      ['an unknown field', '/email-requests', { ...RECEIVE, priority: 'high' }, 'priority', 'property priority should not exist'],
      [
        'an unknown nested field',
        '/email-requests',
        { ...RECEIVE, sender: { ...RECEIVE.sender, phone: '1' } },
        'sender.phone',
        'property sender.phone should not exist',
      ],
      [
        'a bad e-mail address',
        '/email-requests',
        { ...RECEIVE, sender: { email: 'awa-at-example' } },
        'sender.email',
        'sender.email must be an email',
      ],
      [
        'a bad e-mail address under its deprecated name',
        '/email-requests',
        { ...RECEIVE, sender: { address: 'awa-at-example' } },
        'sender.address',
        'sender.address must be an email',
      ],
      [
        'a sender without an e-mail',
        '/email-requests',
        { ...RECEIVE, sender: { name: 'Awa' } },
        'sender.email',
        'sender.email must be an email',
      ],
      ['a missing sender', '/email-requests', { subject: 'x', body: 'y' }, 'sender', 'sender should not be null or undefined'],
      ['a blank subject', '/email-requests', { ...RECEIVE, subject: '   ' }, 'subject', 'subject must not be blank'],
      [
        'a reply language the ministry does not answer in',
        '/email-requests',
        { ...RECEIVE, replyLanguage: 'es' },
        'replyLanguage',
        'replyLanguage must be one of the following values: fr, en',
      ],
      [
        'a receipt time without offset',
        '/email-requests',
        { ...RECEIVE, receivedAt: '2026-11-23T10:00:00' },
        'receivedAt',
        'receivedAt must be an ISO 8601 instant',
      ],
      ['a case id that is not a UUID', '/email-requests/42/answer', { answer: 'Bonjour' }, 'caseId', 'caseId must be a UUID'],
      [
        'an unknown closing reason',
        `/email-requests/${CASE_ID}/close`,
        { reason: 'bored', explanation: 'x' },
        'reason',
        'reason must be one of the following values',
      ],
      [
        'a duplicate of a non-case',
        `/email-requests/${CASE_ID}/close`,
        { reason: 'duplicate', explanation: 'x', duplicateOf: 'abc' },
        'duplicateOf',
        'duplicateOf must be a UUID',
      ],
      ['a missing officer', `/email-requests/${CASE_ID}/assign`, {}, 'officerId', 'officerId must be a string'],
    ])('answers 400 naming the field for %s', async (_, path, body, field, message) => {
      const response = await post(path, body, await supervisor()).expect(400);
      expect(response.body).toMatchObject({ status: 400, code: 'invalid-field', field });
      expect(response.body.message).toContain(message);
      fakes.forEach((fake) => expect(fake).not.toHaveBeenCalled());
    });
  });
});
