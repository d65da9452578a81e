import { Partitioners } from 'kafkajs';
import { PARTITIONS } from './kafka';

// The project's producer places keys with kafkajs's DefaultPartitioner (murmur2, as the Java
// client does); every client measured must put each case on the same partition, or a case's
// events would be read out of order by a projector that has moved to another client.
const defaultPartitioner = Partitioners.DefaultPartitioner();
const partitionMetadata = Array.from({ length: PARTITIONS }, (_, partitionId) => ({
  partitionId,
  partitionErrorCode: 0,
  leader: 0,
  replicas: [0],
  isr: [0],
}));

export function partitionOf(key: string): number {
  return defaultPartitioner({ topic: 'placement', partitionMetadata, message: { key, value: null } });
}

/** How many of these keys each partition should receive. */
export function expectedCounts(keys: Iterable<string>): number[] {
  const counts = new Array<number>(PARTITIONS).fill(0);
  for (const key of keys) counts[partitionOf(key)]! += 1;
  return counts;
}
