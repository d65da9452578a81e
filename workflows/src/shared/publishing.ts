import { takesChange } from './earlier-changes';
import { queuedActivities } from './activity-proxies';
import type { CaseActivities } from './case-activities';

type Publish = CaseActivities['publishCaseEvents'];

/**
 * Publishes a batch on a queued activity, whose input enters the history with the workflow task
 * that sealed it, before any copy leaves the workflow. A local activity leaves no trace there
 * until its task completes: had the worker died after sending, the command would run again at a
 * later instant and seal other bytes than the copy already on the topic, forking the case's chain
 * (see docs/adr/0005-activities-run-locally.md). Cases begun before publish on a local activity.
 */
export function publishingOnceSealed(local: Publish): Publish {
  return (events) => (takesChange('publish-on-queued-activity') ? queuedActivities.publishCaseEvents(events) : local(events));
}
