import type { Request } from 'express';
import { isLoopback, SESSION_COOKIE, sessionCookieOptions, sessionIdOf } from './session-cookie';

const request = (headers: Record<string, string>) => ({ headers }) as unknown as Request;

describe('session cookie', () => {
  it('is Secure everywhere but on loopback', () => {
    expect(isLoopback('127.0.0.1:3100')).toBe(true);
    expect(isLoopback('localhost')).toBe(true);
    expect(isLoopback('console.example.gouv.qc.ca')).toBe(false);
    expect(sessionCookieOptions(request({ host: 'console.example.gouv.qc.ca' }), 60)).toMatchObject({
      secure: true,
      httpOnly: true,
      sameSite: 'lax',
    });
    expect(sessionCookieOptions(request({ host: '127.0.0.1:3100' }), 60).secure).toBe(false);
  });

  it('reads its own cookie among others', () => {
    expect(sessionIdOf(request({ cookie: `a=1; ${SESSION_COOKIE}=abc%3D; b=2` }))).toBe('abc=');
    expect(sessionIdOf(request({ cookie: 'a=1' }))).toBeUndefined();
  });
});
