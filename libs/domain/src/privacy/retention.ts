/**
 * What becomes of a closed case's personal information once its retention period has run: it is
 * destroyed, or first deposited to the archives for permanent preservation (an export of its
 * history in an open format), then erased.
 */
export type Disposition = 'destroy' | 'deposit';

/** One case type's rule: how many years after its closing, and what then. */
export interface RetentionRule {
  readonly yearsAfterClosing: number;
  readonly disposition: Disposition;
}

/**
 * A version of the retention schedule (calendrier de conservation): in force from its date until
 * the next version's; a case is disposed of by the version in force on the night it comes due.
 */
export interface RetentionSchedule<K extends string = string> {
  readonly version: number;
  /** A Québec date, YYYY-MM-DD. */
  readonly effectiveFrom: string;
  /** Where the periods come from, so that nobody mistakes a default for the bodies' decision. */
  readonly source: string;
  readonly rules: Readonly<Record<K, RetentionRule>>;
}

/** The version in force on `asOf` (an instant); undefined before the first. */
export function scheduleInForce<K extends string>(
  schedules: readonly RetentionSchedule<K>[],
  asOf: string,
): RetentionSchedule<K> | undefined {
  const day = asOf.slice(0, 10);
  return [...schedules].sort((a, b) => b.version - a.version).find((schedule) => schedule.effectiveFrom <= day);
}

/** The instant from which a case closed at `endedAt` is due for disposal under `rule`. */
export function disposalDueAt(endedAt: string, rule: RetentionRule): string {
  const due = new Date(endedAt);
  due.setUTCFullYear(due.getUTCFullYear() + rule.yearsAfterClosing);
  return due.toISOString();
}

/** The closing before which a case is due for disposal on `asOf`: the same years counted back. */
export function closedBeforeForDisposal(asOf: string, rule: RetentionRule): string {
  const before = new Date(asOf);
  before.setUTCFullYear(before.getUTCFullYear() - rule.yearsAfterClosing);
  return before.toISOString();
}
