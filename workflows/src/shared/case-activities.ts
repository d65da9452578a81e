import type { ClockPlan, ErasureFacts, MissionEvaluationPlan, RetentionRule } from '@entente/domain';
import type { CaseType, ChainHead, EventEnvelope } from '@entente/contracts';

/** Events' data about to be sealed into a case's chain. */
export interface ConcealRequest {
  readonly caseId: string;
  readonly caseType: CaseType;
  readonly data: readonly unknown[];
}

export interface ClockRequest {
  readonly standardId: string;
  readonly startedAt: string;
}

/**
 * What case workflows ask of the outside world. Implemented in apps/worker; workflows import only
 * this type, so no I/O code reaches the deterministic bundle.
 */
export interface CaseActivities {
  /** Publishes events in sequence order; a retry may send them again (consumers dedupe by id). */
  publishCaseEvents(events: readonly EventEnvelope[]): Promise<void>;
  /**
   * The data with the strings of its personal fields (`PERSONAL_DATA`) sealed under the case's
   * key, in the same order: the workflow holds no key and draws no randomness (docs/adr/0016).
   */
  concealPersonalFields(request: ConcealRequest): Promise<unknown[]>;
  /** Plans a service-standard clock from the standard and calendar in force, read outside replay. */
  planServiceStandardClock(request: ClockRequest): Promise<ClockPlan>;
  /** The same clock (standard version, start) planned again on today's calendar. */
  replanServiceStandardClock(plan: ClockPlan): Promise<ClockPlan>;
  /** A paused clock's plan moved by the working days the pause covered. */
  resumeServiceStandardClock(request: {
    plan: ClockPlan;
    pausedAt: string;
    resumedAt: string;
  }): Promise<{ plan: ClockPlan; pausedWorkingDays: number }>;
  /** When a mission's evaluation is reminded and closed, from the target and calendar in force. */
  planMissionEvaluation(sentAt: string): Promise<MissionEvaluationPlan>;
}

/** What the calendar-change fan-out asks of the read models. */
export interface CalendarActivities {
  /** Workflow ids of the cases whose clocks still run and are due after `fromInstant`. */
  caseWorkflowsWithRunningClocks(fromInstant: string): Promise<string[]>;
}

/** What an erasure asks of the outside world: its event published, then the case's key destroyed. */
export interface ErasureActivities {
  publishCaseEvents(events: readonly EventEnvelope[]): Promise<void>;
  /** Destroys the case's data key: what was sealed with it can never be opened again (docs/adr/0017). */
  destroyCaseKey(caseId: string): Promise<void>;
}

/** What a closed case's correction asks: its corrected text sealed, then its event published. */
export type CorrectionActivities = Pick<CaseActivities, 'concealPersonalFields' | 'publishCaseEvents'>;

/** A closed case whose retention period has run, with what its erasure depends on. */
export interface DisposalCandidate {
  readonly caseId: string;
  readonly caseType: CaseType;
  readonly endedAt: string;
  readonly head: ChainHead;
  readonly facts: ErasureFacts;
  /** Its data key exists: without it nothing of the case can be read or erased any more. */
  readonly keyed: boolean;
}

/** What the nightly retention run asks of the read models and the archives. */
export interface RetentionActivities {
  /**
   * Closed, not yet erased cases closed before their type's period counted back from `asOf`,
   * oldest first (by closing, then id), after the one given: a page of at most `limit`.
   */
  casesDueForDisposal(request: {
    asOf: string;
    rules: Readonly<Partial<Record<CaseType, RetentionRule>>>;
    limit: number;
    after?: { endedAt: string; caseId: string };
  }): Promise<DisposalCandidate[]>;
  /** Writes the case's history, opened, to the archives' deposit folder; answers the file's name there. */
  depositToArchives(request: { caseId: string; caseType: CaseType; scheduleVersion: number }): Promise<string>;
}

/** What the blind index's backfill asks of the stored events (docs/adr/0019). */
export interface PersonIndexActivities {
  /**
   * Indexes the people named by the cases after `after` (by id), at most `limit` of them; answers
   * how many were indexed and skipped, and the last case read (null once none is left).
   */
  indexPeopleOfCases(request: { after?: string; limit: number }): Promise<{ indexed: number; skipped: number; last: string | null }>;
}

/** What a day's digest run found: the Québec date it stood for (null: not a working day), and what it gathered. */
export interface DailyDigestRun {
  readonly asOf: string;
  readonly date: string | null;
  readonly digests: number;
  readonly messages: number;
}

/** What the daily digest asks of the notifier's outbox (issue 16). */
export interface DigestActivities {
  /**
   * On a working day, gathers each person's messages that waited for a digest until `asOf` into
   * one digest row, which the notifier sends; at most one digest a person a day, however often run.
   */
  gatherDailyDigests(asOf: string): Promise<DailyDigestRun>;
}

/** Every activity the worker hosts. */
export type WorkerActivities = CaseActivities &
  CalendarActivities &
  ErasureActivities &
  RetentionActivities &
  PersonIndexActivities &
  DigestActivities;
