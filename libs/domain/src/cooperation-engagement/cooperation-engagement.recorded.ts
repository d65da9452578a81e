import type { CommandMetadata } from '../shared/command';
import { nowOf } from '../shared/validation';
import type { Recorded } from './cooperation-engagement.events';

/** Who records a step, and when: the actor and `metadata.now`, canonical ISO. */
export function recorded(metadata: CommandMetadata): Recorded {
  return { recordedBy: metadata.actor.id, recordedAt: new Date(nowOf(metadata)).toISOString() };
}
