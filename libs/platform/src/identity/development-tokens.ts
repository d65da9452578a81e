import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { DEFAULT_AUDIENCE, developmentGrantForm, type DevelopmentPerson } from './development-identity';

const SYNC_TIMEOUT_MS = 15_000;

/**
 * Asks the provider at `issuer` for a development token. Self-contained (no import, no closure):
 * `tokenSync` runs its source as a worker thread's whole program.
 */
async function requestToken(issuer: string, form: string): Promise<string> {
  const discovery = await fetch(`${issuer}/.well-known/openid-configuration`).catch((error: Error) => {
    throw new Error(`the OpenID provider at ${issuer} is unreachable (${error.message}); npm start and the tests' global setup start it`);
  });
  if (!discovery.ok) throw new Error(`${issuer}: discovery answered ${discovery.status}`);
  const { token_endpoint: endpoint } = (await discovery.json()) as { token_endpoint: string };
  const headers = { 'content-type': 'application/x-www-form-urlencoded' };
  const response = await fetch(endpoint, { method: 'POST', headers, body: form });
  const body = (await response.json()) as { access_token?: string; error?: string; error_description?: string };
  if (!response.ok || !body.access_token) {
    throw new Error(`${issuer} refused a development token: ${body.error ?? response.status} ${body.error_description ?? ''}`.trim());
  }
  return body.access_token;
}

const WORKER_SOURCE = `
const { workerData } = require('node:worker_threads');
const { signal, port, issuer, form } = workerData;
(${requestToken.toString()})(issuer, form).then(
  (token) => port.postMessage({ token }),
  (error) => port.postMessage({ error: String(error && error.message || error) }),
).finally(() => { Atomics.store(signal, 0, 1); Atomics.notify(signal, 0); });
`;

/**
 * Development tokens from the embedded provider's development grant, one per person and run
 * (asking costs a round trip; a token lasts hours). Development, seeds, benchmarks and tests only.
 */
export class DevelopmentTokens {
  private readonly pending = new Map<string, Promise<string>>();
  private readonly issued = new Map<string, string>();

  constructor(
    readonly issuer: string,
    readonly audience: string = DEFAULT_AUDIENCE,
  ) {}

  token(person: DevelopmentPerson): Promise<string> {
    const form = this.form(person);
    const known = this.issued.get(form);
    if (known) return Promise.resolve(known);
    let pending = this.pending.get(form);
    if (!pending) {
      pending = requestToken(this.issuer, form).then((token) => (this.issued.set(form, token), token));
      pending.catch(() => this.pending.delete(form));
      this.pending.set(form, pending);
    }
    return pending;
  }

  /**
   * The same, blocking: test harnesses hand a header to supertest's synchronous `.set()` in
   * dozens of places. A worker thread asks while this thread waits on a shared flag, so the
   * provider must run elsewhere (its own process), never on the waiting thread.
   */
  tokenSync(person: DevelopmentPerson): string {
    const form = this.form(person);
    const known = this.issued.get(form);
    if (known) return known;
    const signal = new Int32Array(new SharedArrayBuffer(4));
    const { port1, port2 } = new MessageChannel();
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { signal, port: port2, issuer: this.issuer, form },
      transferList: [port2],
    });
    try {
      if (Atomics.wait(signal, 0, 0, SYNC_TIMEOUT_MS) === 'timed-out')
        throw new Error(`${this.issuer} did not answer within ${SYNC_TIMEOUT_MS} ms`);
      const answer = receiveMessageOnPort(port1)?.message as { token?: string; error?: string } | undefined;
      if (!answer?.token) throw new Error(answer?.error ?? 'no answer from the token request');
      this.issued.set(form, answer.token);
      return answer.token;
    } finally {
      port1.close();
      void worker.terminate();
    }
  }

  private form(person: DevelopmentPerson): string {
    return developmentGrantForm(person, this.audience).toString();
  }
}
