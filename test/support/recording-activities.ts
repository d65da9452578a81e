import type { EventEnvelope } from '@entente/contracts';
import type { CaseActivities } from '@entente/workflows';
import { planningActivities, type ClockSources } from '@entente/worker';

/** The real planning activities (clocks, mission evaluations), and a publisher that keeps what the workflow sent, for assertions. */
export function recordingActivities(clocks?: ClockSources): { activities: CaseActivities; published: EventEnvelope[] } {
  const published: EventEnvelope[] = [];
  const activities: CaseActivities = {
    ...planningActivities(clocks),
    async publishCaseEvents(events) {
      published.push(...events);
    },
  };
  return { activities, published };
}
