import type { Producer } from 'kafkajs';
import type { CaseActivities } from '@entente/workflows';
import { clockActivities, ClockSources } from './clocks/plan-service-standard-clock.activity';
import { publishingActivities } from './publishing/publish-case-events.activity';

export function caseActivities(producer: Producer, clocks?: ClockSources): CaseActivities {
  return { ...publishingActivities(producer), ...clockActivities(clocks) };
}

export { clockActivities, publishingActivities };
export type { ClockSources };
