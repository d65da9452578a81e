import type { Producer } from 'kafkajs';
import type { CaseActivities } from '@entente/workflows';
import { calendarActivities } from './calendar/running-clocks.activity';
import { BUILT_IN_CLOCK_SOURCES, clockActivities, ClockSources } from './clocks/plan-service-standard-clock.activity';
import { missionActivities } from './missions/plan-mission-evaluation.activity';
import { publishingActivities } from './publishing/publish-case-events.activity';
import { refusingAtOnce } from './refusals';

export function caseActivities(producer: Producer, clocks: ClockSources = BUILT_IN_CLOCK_SOURCES): CaseActivities {
  return { ...publishingActivities(producer), ...planningActivities(clocks) };
}

/** Everything a case workflow plans outside itself: its clocks, a mission's evaluation. */
export function planningActivities(clocks: ClockSources = BUILT_IN_CLOCK_SOURCES) {
  return refusingAtOnce({ ...clockActivities(clocks), ...missionActivities(clocks) });
}

export { calendarActivities, clockActivities, publishingActivities };
export type { ClockSources };
