import { apiGet } from '../api/client';
import type { CasePage, CaseRow } from '../api/types';

const PAGES = 20;

/**
 * The open cases due on or after `date` (YYYY-MM-DD), latest first: the clocks a holiday on that
 * day can move. Read page by page down to the date, at most 2,000 cases.
 */
export async function dueFrom(date: string): Promise<readonly CaseRow[]> {
  // A bound far ahead keeps out the cases without a clock, which sort before every due instant.
  const horizon = new Date(Date.now() + 5 * 365 * 86_400_000).toISOString();
  const rows: CaseRow[] = [];
  for (let page = 1; page <= PAGES; page++) {
    const { items } = await apiGet<CasePage>(`/cases?view=open&sort=-dueAt&dueBefore=${horizon}&pageSize=100&page=${page}`);
    rows.push(...items.filter((row) => row.dueAt && row.dueAt >= date));
    if (items.length < 100 || items.some((row) => !row.dueAt || row.dueAt < date)) break;
  }
  return rows;
}

export interface MovedClock {
  readonly caseId: string;
  readonly caseType: string;
  readonly before: string;
  readonly after: string;
}

/** The cases whose due instant differs between two readings of the queue. */
export function movedBetween(before: readonly CaseRow[], after: readonly CaseRow[]): MovedClock[] {
  const was = new Map(before.map((row) => [row.caseId, row.dueAt]));
  return after.flatMap((row) => {
    const old = was.get(row.caseId);
    return old && row.dueAt && old !== row.dueAt ? [{ caseId: row.caseId, caseType: row.caseType, before: old, after: row.dueAt }] : [];
  });
}
