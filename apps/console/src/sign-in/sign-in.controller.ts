import { Controller, Get, HttpCode, Post, Query, Req, Res, UnauthorizedException } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ConsoleConfig } from '../config/console.config';
import { OidcClient } from './oidc-client';
import { PendingSignIns } from './pending-sign-ins';
import { safeNext } from './safe-next';
import { SESSION_COOKIE, SIGN_IN_COOKIE, cookieOf, sessionCookieOptions, sessionIdOf } from './session-cookie';
import { SessionStore } from './session-store';
import { signInFailedPage, signedOutPage } from './sign-in-pages';

const SIGN_IN_SECONDS = 600;

/** Sign-in, sign-out and "who am I": the only place that opens or closes a session. */
@Controller()
export class SignInController {
  constructor(
    private readonly config: ConsoleConfig,
    private readonly sessions: SessionStore,
    private readonly pending: PendingSignIns,
    private readonly provider: OidcClient,
  ) {}

  /** Off to the provider's sign-in page, with state, nonce and a PKCE challenge kept here. */
  @Get('sign-in')
  async signIn(@Query('next') next: unknown, @Req() request: Request, @Res() response: Response): Promise<void> {
    const { url, pending } = await this.provider.start(safeNext(next));
    response.cookie(SIGN_IN_COOKIE, this.pending.put(pending), sessionCookieOptions(request, SIGN_IN_SECONDS));
    response.setHeader('cache-control', 'no-store');
    response.redirect(303, url);
  }

  /** The provider returns here with a code: redeemed for tokens that stay on this server. */
  @Get('callback')
  async callback(@Req() request: Request, @Res() response: Response): Promise<void> {
    const pending = this.pending.take(cookieOf(request, SIGN_IN_COOKIE));
    response.clearCookie(SIGN_IN_COOKIE, { ...sessionCookieOptions(request, 0), maxAge: undefined });
    const signedIn =
      pending && (await this.provider.finish(new URL(request.originalUrl, this.config.publicUrl), pending).catch(() => undefined));
    if (!pending || !signedIn) {
      response.status(400).type('html').send(signInFailedPage());
      return;
    }
    await this.sessions.close(sessionIdOf(request));
    const id = await this.sessions.open(signedIn.person, signedIn.tokens);
    response.cookie(SESSION_COOKIE, id, sessionCookieOptions(request, this.config.sessionSeconds));
    response.redirect(303, pending.next);
  }

  /** Ends the session here, then at the provider (RP-initiated logout), which returns to `/signed-out`. */
  @Post('sign-out')
  async signOut(@Req() request: Request, @Res() response: Response): Promise<void> {
    const session = await this.sessions.close(sessionIdOf(request));
    response.clearCookie(SESSION_COOKIE, { ...sessionCookieOptions(request, 0), maxAge: undefined });
    const atProvider = await this.provider.endSessionUrl(session?.tokens.idToken).catch(() => undefined);
    response.redirect(303, atProvider ?? '/signed-out');
  }

  @Get('signed-out')
  signedOut(@Res() response: Response): void {
    response.type('html').send(signedOutPage());
  }

  /** The signed-in person (never their token) and the console's settings the pages need. */
  @Get('session')
  @HttpCode(200)
  async session(@Req() request: Request) {
    const session = await this.sessions.find(sessionIdOf(request));
    if (!session) throw new UnauthorizedException('not signed in');
    return { person: session.person, refreshMs: this.config.refreshMs };
  }
}
