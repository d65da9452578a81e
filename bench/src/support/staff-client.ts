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

  async command(path: string, by: StaffMember, body: object): Promise<CommandAnswer> {
    const token = await this.tokens.token(by);
    const sentAt = performance.now();
    const response = await fetch(`${this.baseUrl}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const answer = (await response.json()) as { caseId: string; sequence: number; message?: string };
    if (!response.ok) throw new Error(`POST ${path}: ${response.status} ${answer.message ?? ''}`);
    return { caseId: answer.caseId, sequence: answer.sequence, sentAt, answeredAt: performance.now() };
  }
}
