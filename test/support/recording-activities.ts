import type { EventEnvelope } from '@entente/contracts';
import type { CaseActivities } from '@entente/workflows';
import { clockActivities } from '@entente/worker';

/** The real clock planning, and a publisher that keeps what the workflow sent, for assertions. */
export function recordingActivities(): { activities: CaseActivities; published: EventEnvelope[] } {
  const published: EventEnvelope[] = [];
  const activities: CaseActivities = {
    ...clockActivities(),
    async publishCaseEvents(events) {
      published.push(...events);
    },
  };
  return { activities, published };
}
