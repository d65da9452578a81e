import type { CommandMetadata } from '../shared/command';
import { nowOf } from '../shared/validation';
import { instantAt } from '../calendar/time-zone';
import { STANDARDS_TIME_ZONE } from '../service-standards/service-standard';
import type { Recorded } from './cooperation-engagement.events';

/** Who records a step, and when: the actor and `metadata.now`, canonical ISO. */
export function recorded(metadata: CommandMetadata): Recorded {
  return { recordedBy: metadata.actor.id, recordedAt: new Date(nowOf(metadata)).toISOString() };
}

/** A step of the engagement a fact follows, named in a refusal. */
export interface PriorStep {
  readonly at: string;
  readonly what: string;
}

/** A step held on a Québec local date: a fact of that same day may follow it. */
export const dayStep = (day: string, what: string): PriorStep => ({
  at: instantAt(day, '00:00', STANDARDS_TIME_ZONE),
  what: `${what} on ${day}`,
});

/** The latest of the steps a fact follows (those that happened): a fact is never dated before it. */
export function latestStep(steps: readonly (PriorStep | null)[]): PriorStep | undefined {
  return steps.reduce<PriorStep | undefined>(
    (found, step) => (step && (!found || Date.parse(step.at) > Date.parse(found.at)) ? step : found),
    undefined,
  );
}
