import type { Kafka, KafkaMessage } from 'kafkajs';
import { messagesBetween, topicEnds, type PartitionOffsets } from '@entente/platform';

/**
 * What a topic received after `mark()`, every copy included: for tests of what was published,
 * not of what a projector kept.
 */
export class TopicTail {
  private from: PartitionOffsets = new Map();

  constructor(
    private readonly kafka: Kafka,
    private readonly topic: string,
  ) {}

  async mark(): Promise<void> {
    this.from = await topicEnds(this.kafka, this.topic);
  }

  /** The messages written since `mark()`, in each partition's order. */
  async read(): Promise<KafkaMessage[]> {
    return messagesBetween(this.kafka, this.topic, this.from, await topicEnds(this.kafka, this.topic));
  }
}
