import { ExecutionContext, Injectable } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { AuthenticatedRequest } from './authenticated-request';

/**
 * The rate limit counts a person's requests on every route together, keyed by their token's
 * subject once `JwtAuthGuard` has proved it, so that one person cannot exhaust the API by
 * spreading over routes or addresses; a public route (health, the OpenAPI document) counts by
 * address. Past the limit: 429 with `Retry-After` (RATE_LIMIT_REQUESTS per RATE_LIMIT_WINDOW_SECONDS).
 */
@Injectable()
export class PersonThrottlerGuard extends ThrottlerGuard {
  protected override getTracker(request: Record<string, unknown>): Promise<string> {
    const { actor, ip } = request as Partial<Pick<AuthenticatedRequest, 'actor' | 'ip'>>;
    return Promise.resolve(actor ? `person:${actor.id}` : `address:${ip ?? 'unknown'}`);
  }

  protected override generateKey(_context: ExecutionContext, tracker: string, throttler: string): string {
    return `${throttler}:${tracker}`;
  }
}
