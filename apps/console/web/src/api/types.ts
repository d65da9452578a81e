/*
 * The shapes of the API's answers the pages read, as its OpenAPI document describes them
 * (apps/api/src/cases/dto/); forms are built from that document at run time.
 */

export type ClockState = 'running' | 'paused' | 'warned' | 'breached' | 'met' | 'late' | 'cancelled';

/** One queue row; deliberately without the subject or sender, which are personal information. */
export interface CaseRow {
  readonly caseId: string;
  readonly caseType: string;
  readonly status: string;
  readonly assignee: string | null;
  readonly receivedAt: string;
  readonly dueAt: string | null;
  readonly warnAt: string | null;
  readonly clockState: ClockState | null;
  readonly workingDaysLeft?: number | null;
  readonly endedAt: string | null;
}

export interface CasePage {
  readonly items: readonly CaseRow[];
  readonly page: number;
  readonly pageSize: number;
  readonly total: number;
}

export interface TimelineEvent {
  readonly sequence: number;
  readonly eventId: string;
  readonly type: string;
  readonly occurredAt: string;
  readonly actor: { readonly id: string; readonly role: string };
  readonly correlationId: string;
  readonly data: Record<string, unknown>;
}

/** One service-standard clock of a case, as `GET /cases/:caseId` gives it. */
export interface CaseClock {
  readonly standardId: string;
  readonly startedAt: string;
  readonly dueAt: string;
  readonly state: ClockState;
  readonly workingDaysLeft: number | null;
  readonly paused: { readonly reason: string; readonly explanation: string; readonly pausedAt: string } | null;
  readonly moves: readonly { readonly fromDueAt: string; readonly toDueAt: string; readonly reason: string; readonly movedAt: string }[];
}

export interface CaseDetail extends CaseRow {
  readonly standardId: string | null;
  readonly outcome: string | null;
  readonly timeline: readonly TimelineEvent[];
  readonly clocks: readonly CaseClock[];
  readonly [field: string]: unknown;
}

export interface CaseAction {
  readonly commandType: string;
  readonly method: string;
  readonly path: string;
  readonly operationId: string;
}

export interface SessionInfo {
  readonly person: { readonly sub: string; readonly name: string; readonly role: string; readonly teams: readonly string[] };
  readonly refreshMs: number;
}

/** What a calendar version moved (`GET /calendar/versions/:version/moved-clocks`): nothing personal. */
export interface MovedClocks {
  readonly calendar: { readonly id: string; readonly version: number };
  readonly reason: string;
  readonly holidaysAdded: readonly { readonly date: string; readonly name: string }[];
  readonly clocks: readonly {
    readonly caseId: string;
    readonly caseType: string;
    readonly standardId: string;
    readonly fromDueAt: string;
    readonly toDueAt: string;
    readonly movedAt: string;
  }[];
}
