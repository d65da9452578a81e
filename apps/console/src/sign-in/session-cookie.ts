import type { CookieOptions, Request } from 'express';

export const SESSION_COOKIE = 'entente_console_session';

/** Loopback is plain HTTP in development; anywhere else the cookie travels over HTTPS only. */
export function isLoopback(host: string | undefined): boolean {
  const name = (host ?? '').replace(/:\d+$/, '');
  return name === 'localhost' || name === '127.0.0.1' || name === '[::1]';
}

/** http-only (no script reads it) and SameSite=Lax (no other site's form posts with it). */
export function sessionCookieOptions(request: Request, maxAgeSeconds: number): CookieOptions {
  return { httpOnly: true, sameSite: 'lax', secure: !isLoopback(request.headers.host), path: '/', maxAge: maxAgeSeconds * 1000 };
}

/** The session id the request's cookie carries, read without a cookie-parser dependency. */
export function sessionIdOf(request: Request): string | undefined {
  for (const pair of (request.headers.cookie ?? '').split(';')) {
    const [name, ...value] = pair.trim().split('=');
    if (name === SESSION_COOKIE) return decodeURIComponent(value.join('='));
  }
  return undefined;
}
