import { continueAsNew, proxyActivities } from '@temporalio/workflow';
import type { PersonIndexActivities } from '../shared/case-activities';

const activities = proxyActivities<PersonIndexActivities>({ startToCloseTimeout: '5 minutes' });

/** Cases indexed by one activity, and pages in one run before it continues as new (a short history). */
const PAGE = 100;
const PAGES_PER_RUN = 50;

export interface PersonIndexBackfill {
  /** The last case indexed by the run before; from the first case when absent. */
  readonly after?: string;
  readonly indexed?: number;
  readonly skipped?: number;
}

export interface PersonIndexBackfilled {
  readonly indexed: number;
  /** Erased cases, and sealed ones whose key is gone: nothing of them can be read to index. */
  readonly skipped: number;
}

/**
 * Indexes the people of every case already recorded (docs/adr/0019, 0020): cases sealed before
 * the blind index existed, or recorded in clear before fields were sealed, are found as new ones
 * are. Run once by each deployment (the worker starts it under a fixed id); indexing a case twice
 * changes nothing, so a rerun or a retried page is harmless.
 */
export async function indexPeopleWorkflow(run: PersonIndexBackfill = {}): Promise<PersonIndexBackfilled> {
  let { after } = run;
  let indexed = run.indexed ?? 0;
  let skipped = run.skipped ?? 0;
  for (let pages = 0; pages < PAGES_PER_RUN; pages++) {
    const page = await activities.indexPeopleOfCases({ after, limit: PAGE });
    indexed += page.indexed;
    skipped += page.skipped;
    if (page.last === null) return { indexed, skipped };
    after = page.last;
  }
  return continueAsNew<typeof indexPeopleWorkflow>({ after, indexed, skipped });
}
