import type { Role } from '@entente/domain';
import { signActorToken } from '../../auth/actor-token';
import type { ApiConfig } from '../../config/api.config';

/** The running API, called like any client would, with a short-lived token per call. */
export class SeedClient {
  constructor(
    private readonly config: ApiConfig,
    private readonly baseUrl = `http://127.0.0.1:${config.port}`,
  ) {}

  async call<T = { caseId: string }>(method: string, path: string, role: Role, sub: string, body?: object): Promise<T> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${signActorToken(this.config, { sub, role }, 600)}`, 'content-type': 'application/json' },
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
