import type { CookieOptions, Request } from 'express';

export const SESSION_COOKIE = 'entente_console_session';
/** Names the sign-in under way while the person is at the provider; taken at `/callback`. */
export const SIGN_IN_COOKIE = 'entente_console_sign_in';

/** Loopback is plain HTTP in development; anywhere else the cookie travels over HTTPS only. */
export function isLoopback(host: string | undefined): boolean {
  const name = (host ?? '').replace(/:\d+$/, '');
  return name === 'localhost' || name === '127.0.0.1' || name === '[::1]';
}

/**
 * http-only (no script reads it) and SameSite=Lax (no other site's form posts with it; Strict
 * would drop it on the way back from the provider, a navigation another site began).
 */
export function sessionCookieOptions(request: Request, maxAgeSeconds: number): CookieOptions {
  return { httpOnly: true, sameSite: 'lax', secure: !isLoopback(request.headers.host), path: '/', maxAge: maxAgeSeconds * 1000 };
}

/** The value of one of the request's cookies, read without a cookie-parser dependency. */
export function cookieOf(request: Request, wanted: string): string | undefined {
  for (const pair of (request.headers.cookie ?? '').split(';')) {
    const [name, ...value] = pair.trim().split('=');
    if (name === wanted) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

/** The session id the request's cookie carries. */
export const sessionIdOf = (request: Request) => cookieOf(request, SESSION_COOKIE);
