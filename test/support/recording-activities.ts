import { randomBytes } from 'node:crypto';
import type { EventEnvelope } from '@entente/contracts';
import type { CaseActivities } from '@entente/workflows';
import { InMemoryPersonIndex, revealFor, type CaseKeyStore } from '@entente/platform';
import { personalFieldActivities, planningActivities, type ClockSources } from '@entente/worker';

export interface Recording {
  readonly activities: CaseActivities;
  /** What the workflow sent, as sealed: personal fields encrypted, the chain intact. */
  readonly published: EventEnvelope[];
  /** The same events with their personal fields opened, as a reader allowed to see them reads them. */
  readonly revealed: EventEnvelope[];
}

/**
 * The real planning activities (clocks, mission evaluations) and personal-field sealing, and a
 * publisher that keeps what the workflow sent, for assertions.
 */
export function recordingActivities(keys: Pick<CaseKeyStore, 'dataKey' | 'existingKey' | 'destroy'>, clocks?: ClockSources): Recording {
  const published: EventEnvelope[] = [];
  const revealed: EventEnvelope[] = [];
  const activities: CaseActivities = {
    ...planningActivities(clocks),
    ...personalFieldActivities(keys, { index: new InMemoryPersonIndex(), key: randomBytes(32) }),
    async publishCaseEvents(events) {
      published.push(...events);
      revealed.push(...(await Promise.all(events.map((event) => revealFor(keys, event.caseId, event, true)))));
    },
  };
  return { activities, published, revealed };
}
