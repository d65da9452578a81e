import { patched, sleep } from '@temporalio/workflow';
import type { CaseActivities } from './case-activities';

type Publish = CaseActivities['publishCaseEvents'];

/**
 * Publishes a batch only once the workflow task that sealed it is in the history. A local
 * activity leaves no trace there until its task completes: had the worker died after sending,
 * the command would run again at a later instant and seal other bytes than the copy already on
 * the topic, forking the case's chain. A 1 ms timer ends the sealing task first (see
 * docs/adr/0005-activities-run-locally.md). Cases begun before publish within the sealing task.
 */
export function publishingOnceSealed(publish: Publish): Publish {
  return async (events) => {
    if (patched('publish-after-sealing-task')) await sleep(1);
    await publish(events);
  };
}
