import type { Role } from '@entente/domain';
import { DevelopmentTokens } from '@entente/platform';
import type { ApiConfig } from '../../config/api.config';

/** The running API, called like any client would, as each person with a token from the development provider (its directory names their teams). */
export class SeedClient {
  private readonly tokens: DevelopmentTokens;

  constructor(
    config: ApiConfig,
    private readonly baseUrl = `http://${config.host}:${config.port}`,
  ) {
    this.tokens = new DevelopmentTokens(config.oidcIssuer, config.oidcAudience);
  }

  async call<T = { caseId: string }>(method: string, path: string, role: Role, sub: string, body?: object): Promise<T> {
    const token = await this.tokens.token({ sub, role, ttlSeconds: 600 });
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: body ? JSON.stringify(body) : undefined,
    });
    const answer = (await response.json()) as T & { message?: string };
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${answer.message ?? ''}`);
    return answer;
  }

  post(path: string, role: Role, sub: string, body: object): Promise<{ caseId: string }> {
    return this.call('POST', path, role, sub, body);
  }
}

const DAY = 86_400_000;

/** An instant `days` (fractions allowed) before now. */
export const daysAgo = (days: number): string => new Date(Date.now() - days * DAY).toISOString();
