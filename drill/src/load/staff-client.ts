import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Role, Team } from '@entente/domain';
import type { DevelopmentTokens } from '@entente/platform';

export interface StaffMember {
  readonly sub: string;
  readonly role: Role;
  readonly teams: readonly Team[];
}

/** One HTTP attempt: when it left and came back (epoch ms), and how (a status, or no answer at all). */
export interface Attempt {
  readonly sentAt: number;
  readonly answeredAt: number;
  readonly status: number | 'no-answer';
}

/** A command as a person sends it: once, then again under the same Idempotency-Key until it is answered. */
export interface CommandRecord {
  readonly step: string;
  readonly key: string;
  readonly attempts: Attempt[];
  /** The case and sequence its 2xx answer named; undefined until then. */
  answer?: { readonly caseId: string; readonly sequence: number };
  /** A 4xx other than 429: the API refused the command, and sending it again would not change that. */
  refused?: number;
}

export interface RetryPolicy {
  /** An attempt the API has not answered by then is given up by the client, as a browser would. */
  readonly attemptTimeoutMs: number;
  /** The pause before sending again after a 503, a 500 or no answer. */
  readonly pauseMs: number;
  /** The client stops trying after this long; the command counts as unanswered. */
  readonly giveUpMs: number;
}

/**
 * Staff at the API, as a careful client: every command carries an Idempotency-Key, and one that is
 * answered 503, 500, 429 or not at all is sent again under the same key (it runs once). Every
 * attempt is recorded for the tally. The pause is shorter than the API's Retry-After on purpose:
 * the drill measures when commands succeed again to the second.
 */
export class RetryingStaffClient {
  readonly records: CommandRecord[] = [];

  constructor(
    private readonly apiUrl: string,
    private readonly tokens: DevelopmentTokens,
    private readonly policy: RetryPolicy,
  ) {}

  async command(step: string, path: string, by: StaffMember, body: object): Promise<CommandRecord> {
    const record: CommandRecord = { step, key: randomUUID(), attempts: [] };
    this.records.push(record);
    const giveUpAt = Date.now() + this.policy.giveUpMs;
    while (Date.now() < giveUpAt) {
      const { attempt, answer } = await this.attempt(path, by, body, record.key);
      record.attempts.push(attempt);
      if (answer) {
        record.answer = answer;
        return record;
      }
      if (typeof attempt.status === 'number' && attempt.status >= 400 && attempt.status < 500 && attempt.status !== 429) {
        record.refused = attempt.status;
        return record;
      }
      await sleep(this.policy.pauseMs);
    }
    return record;
  }

  private async attempt(path: string, by: StaffMember, body: object, key: string) {
    const sentAt = Date.now();
    try {
      const token = await this.tokens.token(by);
      const response = await fetch(`${this.apiUrl}${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': key },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(this.policy.attemptTimeoutMs),
      });
      const json = (await response.json().catch(() => ({}))) as { caseId?: string; sequence?: number };
      const attempt: Attempt = { sentAt, answeredAt: Date.now(), status: response.status };
      const answered = response.ok && json.caseId !== undefined && json.sequence !== undefined;
      return { attempt, answer: answered ? { caseId: json.caseId!, sequence: json.sequence! } : undefined };
    } catch {
      // Refused connection, reset, or the client's own timeout: the person saw no answer.
      const attempt: Attempt = { sentAt, answeredAt: Date.now(), status: 'no-answer' };
      return { attempt, answer: undefined };
    }
  }
}
