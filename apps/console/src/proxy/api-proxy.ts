import { Readable } from 'node:stream';
import type { NextFunction, Request, Response } from 'express';
import { traceHeaders } from '@entente/platform';
import type { OidcClient } from '../sign-in/oidc-client';
import type { SessionStore } from '../sign-in/session-store';
import { sessionIdOf } from '../sign-in/session-cookie';

/** What travels between browser and API besides the body; cookies and the browser's own auth never do. */
const REQUEST_HEADERS = ['content-type', 'accept', 'accept-language', 'x-correlation-id', 'idempotency-key'];
const RESPONSE_HEADERS = ['content-type', 'content-disposition', 'location', 'x-correlation-id', 'retry-after'];

/** The API's public routes: a participant's evaluation link, whose token is its credential (docs/adr/0023). */
const PUBLIC_PATHS = ['/evaluation-links/'];

/**
 * `/api/*` to the API with the session's bearer token (refreshed when expiring) added here, on the server: the browser
 * never holds a token, and the API stays the one place every rule is checked.
 */
export function apiProxy(apiUrl: string, sessions: SessionStore, provider: OidcClient) {
  return (request: Request, response: Response, next: NextFunction): void => {
    if (PUBLIC_PATHS.some((path) => request.path.startsWith(path))) return forwardOrFail(apiUrl, request, response, next, undefined);
    void sessions
      .accessToken(sessionIdOf(request), (tokens) => provider.refresh(tokens))
      .then((token) => {
        if (!token) {
          response.status(401).json({ statusCode: 401, code: 'not-signed-in', message: 'not signed in' });
          return;
        }
        forwardOrFail(apiUrl, request, response, next, token);
      })
      .catch((error: unknown) => {
        // The sessions' table did not answer: nothing is forwarded without knowing who asks.
        if (response.headersSent) return next(error);
        response.status(503).json({ statusCode: 503, code: 'sessions-unavailable', message: 'the console cannot read its sessions' });
      });
  };
}

function forwardOrFail(apiUrl: string, request: Request, response: Response, next: NextFunction, token: string | undefined): void {
  forward(apiUrl, request, response, token).catch((error: unknown) => {
    if (response.headersSent) return next(error);
    response.status(502).json({ statusCode: 502, code: 'api-unreachable', message: 'the API did not answer' });
  });
}

/** With the session's token, or none on a public route: a signed-in person's token never goes with a link. */
async function forward(apiUrl: string, request: Request, response: Response, token: string | undefined): Promise<void> {
  // The request's trace goes on to the API: one trace from the page's click to the read model.
  const headers = new Headers({ ...traceHeaders(), ...(token === undefined ? {} : { authorization: `Bearer ${token}` }) });
  for (const name of REQUEST_HEADERS) {
    const value = request.headers[name];
    if (typeof value === 'string') headers.set(name, value);
  }
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  const answer = await fetch(new URL(request.url, apiUrl), {
    method: request.method,
    headers,
    body: hasBody ? (Readable.toWeb(request) as ReadableStream) : undefined,
    duplex: 'half',
    redirect: 'manual',
  });
  response.status(answer.status);
  for (const name of RESPONSE_HEADERS) {
    const value = answer.headers.get(name);
    if (value !== null) response.setHeader(name, value);
  }
  response.send(Buffer.from(await answer.arrayBuffer()));
}
