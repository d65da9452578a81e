import type { Role } from '@entente/domain';
import { signActorToken } from '@entente/api';

export interface StaffMember {
  readonly sub: string;
  readonly role: Role;
}

/** What a command answers (CaseViewDto), and when it was sent and answered (performance.now()). */
export interface CommandAnswer {
  readonly caseId: string;
  readonly sequence: number;
  readonly sentAt: number;
  readonly answeredAt: number;
}

export const INTAKE: StaffMember = { sub: 'bench-intake', role: 'intake-officer' };
export const SUPERVISOR: StaffMember = { sub: 'bench-supervisor', role: 'supervisor' };

/** The API over HTTP as staff use it. One token per person: signing one per request would load the bench process, not the API. */
export class StaffClient {
  private readonly tokens = new Map<string, string>();

  constructor(
    private readonly baseUrl: string,
    private readonly tokenSettings: { readonly jwtSecret: string; readonly jwtIssuer: string },
  ) {}

  async command(path: string, by: StaffMember, body: object): Promise<CommandAnswer> {
    const sentAt = performance.now();
    const response = await fetch(`${this.baseUrl}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${this.tokenOf(by)}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const answer = (await response.json()) as { caseId: string; sequence: number; message?: string };
    if (!response.ok) throw new Error(`POST ${path}: ${response.status} ${answer.message ?? ''}`);
    return { caseId: answer.caseId, sequence: answer.sequence, sentAt, answeredAt: performance.now() };
  }

  private tokenOf(by: StaffMember): string {
    if (!this.tokens.has(by.sub)) this.tokens.set(by.sub, signActorToken(this.tokenSettings, by));
    return this.tokens.get(by.sub)!;
  }
}
