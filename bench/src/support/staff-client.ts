import type { Role, Team } from '@entente/domain';
import type { DevelopmentTokens } from '@entente/platform';

export interface StaffMember {
  readonly sub: string;
  readonly role: Role;
  /** Need-to-know: a token that names no team opens and reads nothing (docs/domain.md#who-sees-what). */
  readonly teams: readonly Team[];
}

/** The benchmarks' cases are e-mail requests, the information services' case type. */
export const EMAIL_TEAM: readonly Team[] = ['information-services'];

/** What a command answers (CaseViewDto), and when it was sent and answered (performance.now()). */
export interface CommandAnswer {
  readonly caseId: string;
  readonly sequence: number;
  readonly sentAt: number;
  readonly answeredAt: number;
}

export const INTAKE: StaffMember = { sub: 'bench-intake', role: 'intake-officer', teams: EMAIL_TEAM };
export const SUPERVISOR: StaffMember = { sub: 'bench-supervisor', role: 'supervisor', teams: EMAIL_TEAM };

/** The API over HTTP as staff use it. One token per person (DevelopmentTokens keeps them): asking per request would load the provider, not the API. */
export class StaffClient {
  constructor(
    private readonly baseUrl: string,
    private readonly tokens: DevelopmentTokens,
  ) {}

  /** `idempotencyKey`: sent as the Idempotency-Key header, so that a retry after a 503 is the same command. */
  async command(path: string, by: StaffMember, body: object, idempotencyKey?: string): Promise<CommandAnswer> {
    const token = await this.tokens.token(by);
    const sentAt = performance.now();
    const headers: Record<string, string> = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    if (idempotencyKey) headers['idempotency-key'] = idempotencyKey;
    const response = await fetch(`${this.baseUrl}${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
    const answer = (await response.json()) as { caseId: string; sequence: number; message?: string };
    if (!response.ok) throw new CommandRefused(`POST ${path}: ${response.status} ${answer.message ?? ''}`, response.status);
    return { caseId: answer.caseId, sequence: answer.sequence, sentAt, answeredAt: performance.now() };
  }
}

export class CommandRefused extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}
