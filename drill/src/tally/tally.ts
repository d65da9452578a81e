import { EMAIL_EVENTS, EMAIL_STEPS, type DrillCase } from '../load/email-load';
import type { Attempt, CommandRecord } from '../load/staff-client';
import type { FaultWindow } from '../faults/fault';

/** An event as the topic or the read model holds it. */
export interface EventCopy {
  readonly caseId: string;
  readonly sequence: number;
  readonly eventId: string;
  readonly type: string;
}

/** What the drill found after the load: every copy on the topic and every row of the read model, for its cases. */
export interface Findings {
  readonly published: readonly EventCopy[];
  readonly stored: readonly EventCopy[];
}

/** One line of the drill's table: a fault's window, or the whole run. */
export interface TallyRow {
  readonly fault: string;
  /** Seconds from the start of the load to the fault; 0 for the whole run. */
  readonly atSecond: number;
  /** Seconds from the fault to its thing answering again (the outage as the drill caused it). */
  readonly outageSeconds: number;
  readonly sent: number;
  readonly answered: number;
  /** Attempts beyond the first, under the same Idempotency-Key. */
  readonly retried: number;
  /** Given up by the client: never answered within its patience. */
  readonly unanswered: number;
  /** Refused with a 4xx: a retry under its key must meet its first outcome, never a refusal. */
  readonly refused: number;
  /** Attempts answered 500: the API says 503 with a reason when a dependency is down. */
  readonly answered500: number;
  /** Answered 2xx, yet its event is missing from the topic or the read model. */
  readonly lost: number;
  /** Extra copies of one event on the topic (the same event id, republished: at-least-once). */
  readonly duplicatedInKafka: number;
  /** Two different events at one case's sequence: a command run twice, a broken chain. */
  readonly forkedInKafka: number;
  /** A step's event applied more than once in the read model. */
  readonly duplicatedInReadModel: number;
  /** The longest stretch in the window without one successful command. */
  readonly secondsWithoutSuccess: number;
  /** An HTTP attempt's answer time in the window, 99th percentile. */
  readonly p99AttemptMs: number;
  /** A command's time until answered, retries included, 99th percentile. */
  readonly p99CommandMs: number;
}

/** What a person would have met in a row: commands never answered, refused, or answered 500. */
export const unmetCommands = ({ unanswered, refused, answered500 }: TallyRow) => ({ unanswered, refused, answered500 });

/** After a fault is recovered, its effects (retries landing, a backlog draining) still count for this long. */
export const SETTLE_MS = 10_000;

interface Located {
  readonly record: CommandRecord;
  readonly stepIndex: number;
}

/**
 * The findings by where a command's event is looked up, read once for every window: by case and
 * type, since an e-mail case records each step once. Not by the sequence its answer named: the
 * case may record a deadline in the same workflow task, after the step and before the answer.
 */
interface IndexedFindings {
  /** Copies on the topic. */
  readonly copies: Map<string, EventCopy[]>;
  /** Read-model rows. */
  readonly rows: Map<string, EventCopy[]>;
}

const key = (caseId: string, type: string) => `${caseId}#${type}`;

export function group<T>(items: readonly T[], by: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const members = groups.get(by(item));
    if (members) members.push(item);
    else groups.set(by(item), [item]);
  }
  return groups;
}

function indexed(findings: Findings): IndexedFindings {
  return {
    copies: group(findings.published, (event) => key(event.caseId, event.type)),
    rows: group(findings.stored, (event) => key(event.caseId, event.type)),
  };
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** The longest stretch of [from, to] with no successful answer in it. */
export function longestWithoutSuccess(successes: readonly number[], from: number, to: number): number {
  const inside = successes.filter((at) => at >= from && at <= to).sort((a, b) => a - b);
  const edges = [from, ...inside, to];
  return edges.slice(1).reduce((longest, at, index) => Math.max(longest, at - edges[index]!), 0);
}

/**
 * Counts, for the commands in one window: what was sent, answered, retried; and against the
 * findings, what was lost or duplicated. A step's event is its case's one event of the step's type.
 */
function countCommands(commands: readonly Located[], { copies, rows }: IndexedFindings) {
  let lost = 0;
  let duplicatedInKafka = 0;
  let forkedInKafka = 0;
  let duplicatedInReadModel = 0;
  for (const { record, stepIndex } of commands) {
    const answer = record.answer;
    if (!answer) continue;
    const type = EMAIL_EVENTS[stepIndex]!;
    const onTopic = copies.get(key(answer.caseId, type)) ?? [];
    const stored = rows.get(key(answer.caseId, type)) ?? [];
    if (onTopic.length === 0 || stored.length === 0) lost += 1;
    const ids = new Set(onTopic.map((event) => event.eventId));
    duplicatedInKafka += onTopic.length - ids.size;
    forkedInKafka += Math.max(0, ids.size - 1);
    duplicatedInReadModel += Math.max(0, stored.length - 1);
  }
  return { lost, duplicatedInKafka, forkedInKafka, duplicatedInReadModel };
}

function row(
  fault: string,
  atSecond: number,
  outageSeconds: number,
  commands: readonly Located[],
  findings: IndexedFindings,
  span: [number, number],
): TallyRow {
  const attempts = commands.flatMap(({ record }) => record.attempts);
  const inSpan = (attempt: Attempt) => attempt.sentAt >= span[0] && attempt.sentAt <= span[1];
  const successes = commands.flatMap(({ record }) => (record.answer ? [record.attempts.at(-1)!.answeredAt] : []));
  const done = commands.filter(({ record }) => record.answer);
  return {
    fault,
    atSecond,
    outageSeconds,
    sent: commands.length,
    answered: done.length,
    retried: attempts.length - commands.length,
    unanswered: commands.filter(({ record }) => !record.answer && record.refused === undefined).length,
    refused: commands.filter(({ record }) => record.refused !== undefined).length,
    answered500: attempts.filter((attempt) => attempt.status === 500).length,
    ...countCommands(commands, findings),
    secondsWithoutSuccess: Math.round(longestWithoutSuccess(successes, span[0], span[1]) / 100) / 10,
    p99AttemptMs: Math.round(
      percentile(
        attempts.filter(inSpan).map((a) => a.answeredAt - a.sentAt),
        99,
      ),
    ),
    p99CommandMs: Math.round(
      percentile(
        done.map(({ record }) => record.attempts.at(-1)!.answeredAt - record.attempts[0]!.sentAt),
        99,
      ),
    ),
  };
}

/** One row per fault window (the commands first sent in it), then one for the whole run. */
export function tally(cases: readonly DrillCase[], windows: readonly FaultWindow[], findings: Findings, loadStartedAt: number): TallyRow[] {
  const located: Located[] = cases.flatMap((drillCase) =>
    drillCase.commands.map((record) => ({ record, stepIndex: EMAIL_STEPS.indexOf(record.step as (typeof EMAIL_STEPS)[number]) })),
  );
  const index = indexed(findings);
  const firstSent = (command: Located) => command.record.attempts[0]?.sentAt ?? Infinity;
  const perWindow = windows.map((window) => {
    const span: [number, number] = [window.injectedAt, window.recoveredAt + SETTLE_MS];
    const inWindow = located.filter((command) => firstSent(command) >= span[0] && firstSent(command) <= span[1]);
    const outage = Math.round((window.recoveredAt - window.injectedAt) / 100) / 10;
    return row(window.kind, Math.round((window.injectedAt - loadStartedAt) / 1000), outage, inWindow, index, span);
  });
  const answers = located.flatMap(({ record }) => record.attempts.map((attempt) => attempt.answeredAt));
  const lastAnswer = answers.reduce((last, at) => Math.max(last, at), loadStartedAt);
  return [...perWindow, row('whole run', 0, 0, located, index, [loadStartedAt, lastAnswer])];
}

/**
 * The cases whose read-model timeline is not exactly their events on the topic: an event of the
 * topic missing from the read model, one held twice, one the topic never had, or a sequence
 * missing between 1 and the case's last. Wider than `lost`, which looks only at the answered steps.
 */
export function incompleteCases(findings: Findings): string[] {
  const published = group(findings.published, (event) => event.caseId);
  const stored = group(findings.stored, (event) => event.caseId);
  return [...new Set([...published.keys(), ...stored.keys()])].filter((caseId) => {
    const onTopic = new Set((published.get(caseId) ?? []).map((event) => event.sequence));
    const rows = (stored.get(caseId) ?? []).map((event) => event.sequence);
    const gapless = onTopic.size === Math.max(0, ...onTopic);
    return (
      !gapless || rows.length !== onTopic.size || new Set(rows).size !== rows.length || rows.some((sequence) => !onTopic.has(sequence))
    );
  });
}
