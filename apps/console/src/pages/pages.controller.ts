import { Controller, Get, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { join } from 'node:path';
import { ConsoleConfig } from '../config/console.config';
import { sessionIdOf } from '../sign-in/session-cookie';
import { SessionStore } from '../sign-in/session-store';

/**
 * Every other path is a page of the single-page app, for a signed-in person only, but a
 * participant's evaluation link, whose token is its credential (docs/adr/0023).
 */
@Controller()
export class PagesController {
  constructor(
    private readonly config: ConsoleConfig,
    private readonly sessions: SessionStore,
  ) {}

  @Get('evaluation/:token')
  evaluation(@Res() response: Response): void {
    // The token is in the path: no referrer carries it to anything the page loads.
    response.setHeader('referrer-policy', 'no-referrer');
    this.send(response);
  }

  @Get(['/', '*path'])
  async page(@Req() request: Request, @Res() response: Response): Promise<void> {
    if (!(await this.sessions.find(sessionIdOf(request)))) {
      response.redirect(303, `/sign-in?next=${encodeURIComponent(request.originalUrl)}`);
      return;
    }
    this.send(response);
  }

  private send(response: Response): void {
    response.setHeader('cache-control', 'no-store');
    response.sendFile(join(this.config.webRoot, 'index.html'));
  }
}
