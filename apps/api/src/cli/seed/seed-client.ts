import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Role } from '@entente/domain';
import { DevelopmentTokens } from '@entente/platform';
import type { ApiConfig } from '../../config/api.config';

/** A bearer token for a person of the development directory. */
export type SeedTokens = (sub: string, role: Role) => Promise<string>;

/** 503 (the case did not answer in time) and 429 (rate limit): the API says when to come back. */
const RETRIED = new Set([429, 503]);
const ATTEMPTS = 6;

/**
 * The running API, called like any client would, as each person with a token from the development
 * provider (its directory names their teams). A command the API could not finish in time is sent
 * again after `Retry-After`, under the same Idempotency-Key, so it is done exactly once.
 */
export class SeedClient {
  private readonly tokens: SeedTokens;

  constructor(
    config: ApiConfig,
    private readonly baseUrl = `http://${config.host}:${config.port}`,
    tokens?: SeedTokens,
  ) {
    const provider = new DevelopmentTokens(config.oidcIssuer, config.oidcAudience);
    this.tokens = tokens ?? ((sub, role) => provider.token({ sub, role, ttlSeconds: 600 }));
  }

  async call<T = { caseId: string }>(method: string, path: string, role: Role, sub: string, body?: object): Promise<T> {
    const headers = {
      authorization: `Bearer ${await this.tokens(sub, role)}`,
      'content-type': 'application/json',
      'idempotency-key': randomUUID(),
    };
    for (let attempt = 1; ; attempt++) {
      const response = await fetch(`${this.baseUrl}${path}`, { method, headers, body: body ? JSON.stringify(body) : undefined });
      const answer = (await response.json()) as T & { message?: string };
      if (response.ok) return answer;
      if (!RETRIED.has(response.status) || attempt === ATTEMPTS)
        throw new Error(`${method} ${path}: ${response.status} ${answer.message ?? ''}`);
      await sleep(1000 * Number(response.headers.get('retry-after') ?? 1));
    }
  }

  post(path: string, role: Role, sub: string, body: object): Promise<{ caseId: string }> {
    return this.call('POST', path, role, sub, body);
  }
}

const DAY = 86_400_000;

/** An instant `days` (fractions allowed) before now. */
export const daysAgo = (days: number): string => new Date(Date.now() - days * DAY).toISOString();
