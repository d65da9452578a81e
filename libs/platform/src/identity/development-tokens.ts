import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { DEFAULT_AUDIENCE, developmentGrantForm, type DevelopmentPerson } from './development-identity';

const SYNC_TIMEOUT_MS = 15_000;

/** The provider's token endpoint, read once from its discovery document. */
interface Endpoint {
  url?: string;
}

/**
 * Asks the provider at `issuer` for a development token. Self-contained (no import, no closure):
 * `tokenSync`'s worker thread runs its source.
 */
async function requestToken(issuer: string, form: string, endpoint: Endpoint): Promise<string> {
  if (!endpoint.url) {
    const discovery = await fetch(`${issuer}/.well-known/openid-configuration`).catch((error: Error) => {
      throw new Error(`the OpenID provider at ${issuer} is unreachable (${error.message}); npm start and the tests' global setup start it`);
    });
    if (!discovery.ok) throw new Error(`${issuer}: discovery answered ${discovery.status}`);
    endpoint.url = ((await discovery.json()) as { token_endpoint: string }).token_endpoint;
  }
  const headers = { 'content-type': 'application/x-www-form-urlencoded' };
  const response = await fetch(endpoint.url, { method: 'POST', headers, body: form });
  const body = (await response.json()) as { access_token?: string; error?: string; error_description?: string };
  if (!response.ok || !body.access_token) {
    throw new Error(`${issuer} refused a development token: ${body.error ?? response.status} ${body.error_description ?? ''}`.trim());
  }
  return body.access_token;
}

/** One thread per client that answers each form posted to it, then raises the shared flag. */
const WORKER_SOURCE = `
const { workerData } = require('node:worker_threads');
const { signal, port, issuer } = workerData;
const endpoint = {};
port.on('message', (form) => {
  (${requestToken.toString()})(issuer, form, endpoint).then(
    (token) => port.postMessage({ token }),
    (error) => port.postMessage({ error: String((error && error.message) || error) }),
  ).finally(() => { Atomics.store(signal, 0, 1); Atomics.notify(signal, 0); });
});
`;

interface SyncChannel {
  readonly port: MessagePort;
  readonly signal: Int32Array;
}

/**
 * Development tokens from the embedded provider's development grant, one per person and run
 * (asking costs a round trip; a token lasts hours). Development, seeds, benchmarks and tests only.
 */
export class DevelopmentTokens {
  private readonly pending = new Map<string, Promise<string>>();
  private readonly issued = new Map<string, string>();
  private readonly endpoint: Endpoint = {};
  private channel?: SyncChannel;

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
      pending = requestToken(this.issuer, form, this.endpoint).then((token) => (this.issued.set(form, token), token));
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
    const { port, signal } = (this.channel ??= this.openChannel());
    Atomics.store(signal, 0, 0);
    port.postMessage(form);
    if (Atomics.wait(signal, 0, 0, SYNC_TIMEOUT_MS) === 'timed-out')
      throw new Error(`${this.issuer} did not answer within ${SYNC_TIMEOUT_MS} ms`);
    const answer = receiveMessageOnPort(port)?.message as { token?: string; error?: string } | undefined;
    if (!answer?.token) throw new Error(answer?.error ?? 'no answer from the token request');
    this.issued.set(form, answer.token);
    return answer.token;
  }

  /** The worker lives as long as the process needs it and never keeps it alive. */
  private openChannel(): SyncChannel {
    const signal = new Int32Array(new SharedArrayBuffer(4));
    const { port1, port2 } = new MessageChannel();
    new Worker(WORKER_SOURCE, { eval: true, workerData: { signal, port: port2, issuer: this.issuer }, transferList: [port2] }).unref();
    return { port: port1, signal };
  }

  private form(person: DevelopmentPerson): string {
    return developmentGrantForm(person, this.audience).toString();
  }
}
