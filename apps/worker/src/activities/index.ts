import type { CaseKeyStore } from '@entente/platform';
import type { CaseActivities, ErasureActivities } from '@entente/workflows';
import { calendarActivities } from './calendar/running-clocks.activity';
import { BUILT_IN_CLOCK_SOURCES, clockActivities, ClockSources } from './clocks/plan-service-standard-clock.activity';
import { missionActivities } from './missions/plan-mission-evaluation.activity';
import { digestActivities } from './notifications/gather-daily-digests.activity';
import { personalFieldActivities, type PeopleIndex } from './personal-fields/conceal-personal-fields.activity';
import { personIndexActivities } from './personal-fields/index-people.activity';
import { publishingActivities, type EventTopics } from './publishing/publish-case-events.activity';
import { refusingAtOnce } from './refusals';
import { retentionActivities } from './retention/retention.activity';

/**
 * `keys`: the case keys that seal new events' personal fields (docs/adr/0016), destroyed by an
 * erasure (0017); `people`: the blind index of the people they name (0019).
 */
export function caseActivities(
  events: EventTopics,
  keys: Pick<CaseKeyStore, 'dataKey' | 'destroy'>,
  people: PeopleIndex,
  clocks: ClockSources = BUILT_IN_CLOCK_SOURCES,
): CaseActivities & ErasureActivities {
  return {
    ...publishingActivities(events.producer, events.topicPrefix),
    ...personalFieldActivities(keys, people),
    ...planningActivities(clocks),
  };
}

/** Everything a case workflow plans outside itself: its clocks, a mission's evaluation. */
export function planningActivities(clocks: ClockSources = BUILT_IN_CLOCK_SOURCES) {
  return refusingAtOnce({ ...clockActivities(clocks), ...missionActivities(clocks) });
}

export {
  calendarActivities,
  clockActivities,
  digestActivities,
  personalFieldActivities,
  personIndexActivities,
  publishingActivities,
  retentionActivities,
};
export type { ClockSources, EventTopics, PeopleIndex };
export { compressedPlan, compressingPlans, type DeadlineCompression } from './clocks/compressed-deadlines';
