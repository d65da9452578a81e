import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApiConfig } from '../../config/api.config';
import { SeedClient } from './seed-client';

/** An API that answers each request with the next of `answers`, and keeps what it was sent. */
async function scriptedApi(answers: ReadonlyArray<{ status: number; headers?: Record<string, string>; body: object }>) {
  const received: IncomingMessage[] = [];
  const server: Server = createServer((request, response) => {
    received.push(request);
    const answer = answers[received.length - 1] ?? answers[answers.length - 1]!;
    response.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
    response.end(JSON.stringify(answer.body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const client = new SeedClient(new ApiConfig({}), `http://127.0.0.1:${port}`, async (sub, role) => `${role}:${sub}`);
  return { client, received, close: () => new Promise((resolve) => server.close(resolve)) };
}

const timedOut = { status: 503, headers: { 'retry-after': '0' }, body: { message: 'the case did not answer within 5000 ms' } };

describe('the seed client', () => {
  it('sends a command again after a 503, under the same Idempotency-Key, and returns its answer', async () => {
    const api = await scriptedApi([timedOut, timedOut, { status: 201, body: { caseId: 'c-1' } }]);
    try {
      await expect(api.client.post('/email-requests', 'intake-officer', 'ines.tremblay', { subject: 'x' })).resolves.toEqual({
        caseId: 'c-1',
      });
      const keys = api.received.map((request) => request.headers['idempotency-key']);
      expect(keys).toHaveLength(3);
      expect(new Set(keys).size).toBe(1);
      expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
      expect(api.received[0]!.headers.authorization).toBe('Bearer intake-officer:ines.tremblay');
    } finally {
      await api.close();
    }
  });

  it('gives each command a key of its own', async () => {
    const api = await scriptedApi([{ status: 201, body: { caseId: 'c-1' } }]);
    try {
      await api.client.post('/email-requests', 'intake-officer', 'ines.tremblay', {});
      await api.client.post('/email-requests', 'intake-officer', 'ines.tremblay', {});
      expect(api.received[0]!.headers['idempotency-key']).not.toBe(api.received[1]!.headers['idempotency-key']);
    } finally {
      await api.close();
    }
  });

  it('does not retry a refusal, and names the status and the message', async () => {
    const api = await scriptedApi([{ status: 422, body: { message: 'receivedAt must not be in the future' } }]);
    try {
      await expect(api.client.post('/email-requests', 'intake-officer', 'ines.tremblay', {})).rejects.toThrow(
        'POST /email-requests: 422 receivedAt must not be in the future',
      );
      expect(api.received).toHaveLength(1);
    } finally {
      await api.close();
    }
  });

  it('gives up after six 503s', async () => {
    const api = await scriptedApi([timedOut]);
    try {
      await expect(api.client.post('/email-requests', 'intake-officer', 'ines.tremblay', {})).rejects.toThrow('POST /email-requests: 503');
      expect(api.received).toHaveLength(6);
    } finally {
      await api.close();
    }
  });
});
