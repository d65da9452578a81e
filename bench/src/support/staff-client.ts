import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
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

export const SUPERVISOR: StaffMember = { sub: 'bench-supervisor', role: 'supervisor', teams: EMAIL_TEAM };

/** How long a command is asked again while the API answers 503: its admission limit recovers within seconds of a quieter Temporal. */
const PATIENCE_MS = 120_000;

/**
 * The API over HTTP as staff use it. One token per person (DevelopmentTokens keeps them): asking
 * per request would load the provider, not the API. A command the API turns away with 503 (timed
 * out, or shed by its admission limit) is sent again under the same Idempotency-Key, as the API
 * asks, a second later and then up to five; `askedAgain` counts those sends for the report.
 */
export class StaffClient {
  private again = 0;

  constructor(
    private readonly baseUrl: string,
    private readonly tokens: DevelopmentTokens,
  ) {}

  get askedAgain(): number {
    return this.again;
  }

  /** Answered once, whatever the 503s before; its `sentAt` is the first attempt's. */
  async command(path: string, by: StaffMember, body: object, idempotencyKey: string = randomUUID()): Promise<CommandAnswer> {
    const sentAt = performance.now();
    for (let wait = 1000; ; wait = Math.min(wait * 2, 5000)) {
      try {
        return { ...(await this.sentOnce(path, by, body, idempotencyKey)), sentAt, answeredAt: performance.now() };
      } catch (error) {
        if (!(error instanceof CommandRefused) || error.status !== 503 || performance.now() - sentAt > PATIENCE_MS) throw error;
        this.again++;
        await sleep(wait);
      }
    }
  }

  private async sentOnce(
    path: string,
    by: StaffMember,
    body: object,
    idempotencyKey: string,
  ): Promise<Pick<CommandAnswer, 'caseId' | 'sequence'>> {
    const token = await this.tokens.token(by);
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': idempotencyKey };
    const response = await fetch(`${this.baseUrl}${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
    const answer = (await response.json()) as { caseId: string; sequence: number; message?: string };
    if (!response.ok) throw new CommandRefused(`POST ${path}: ${response.status} ${answer.message ?? ''}`, response.status);
    return { caseId: answer.caseId, sequence: answer.sequence };
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
