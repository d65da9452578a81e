import { Body, Controller, Get, HttpCode, Post, Query, Req, Res, UnauthorizedException } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ConsoleConfig } from '../config/console.config';
import { DevelopmentSignIn, developmentSignInPage } from './development-sign-in';
import { safeNext } from './safe-next';
import { SESSION_COOKIE, sessionCookieOptions, sessionIdOf } from './session-cookie';
import { SessionStore } from './session-store';

/** Sign-in, sign-out and "who am I": the only place that opens or closes a session. */
@Controller()
export class SignInController {
  constructor(
    private readonly config: ConsoleConfig,
    private readonly sessions: SessionStore,
    private readonly provider: DevelopmentSignIn,
  ) {}

  @Get('sign-in')
  page(@Query('next') next: unknown, @Res() response: Response): void {
    response.type('html').send(developmentSignInPage(safeNext(next)));
  }

  @Post('sign-in')
  async signIn(@Body() body: Record<string, unknown>, @Req() request: Request, @Res() response: Response): Promise<void> {
    const signedIn = await this.provider.signIn(body ?? {}).catch(() => undefined);
    if (!signedIn) {
      response.status(400).type('html').send(developmentSignInPage('/'));
      return;
    }
    const id = this.sessions.open(signedIn.person, signedIn.accessToken);
    response.cookie(SESSION_COOKIE, id, sessionCookieOptions(request, this.config.sessionSeconds));
    response.redirect(303, safeNext(body.next));
  }

  @Post('sign-out')
  signOut(@Req() request: Request, @Res() response: Response): void {
    this.sessions.close(sessionIdOf(request));
    response.clearCookie(SESSION_COOKIE, { ...sessionCookieOptions(request, 0), maxAge: undefined });
    response.redirect(303, '/sign-in');
  }

  /** The signed-in person (never their token) and the console's settings the pages need. */
  @Get('session')
  @HttpCode(200)
  session(@Req() request: Request) {
    const session = this.sessions.find(sessionIdOf(request));
    if (!session) throw new UnauthorizedException('not signed in');
    return { person: session.person, refreshMs: this.config.refreshMs };
  }
}
