import { parseInstant } from '../shared/validation';
import type { CommandMetadata } from '../shared/command';
import type { Recorded } from './cooperation-engagement.events';

/** The command's instant (`metadata.now`), in milliseconds. */
export const nowOf = (metadata: CommandMetadata): number => parseInstant(metadata.now, 'metadata.now');

/** Who records a step, and when: the actor and `metadata.now`, canonical ISO. */
export function recorded(metadata: CommandMetadata): Recorded {
  return { recordedBy: metadata.actor.id, recordedAt: new Date(nowOf(metadata)).toISOString() };
}
