import { setTimeout as delay } from 'node:timers/promises';
import { Injectable, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import type { Consumer, EachBatchPayload, IMemberAssignment, TopicPartitions } from 'kafkajs';
import { inConsumedBatch, kafkaFor } from '@entente/platform';
import { ProjectorConfig } from '../config/projector.config';
import { ProjectorLogger } from '../logging/projector-logger';
import { countBatch } from '../metrics/projector-metrics';
import { BatchOutcome, partitionKey, ReadModelsProjector } from '../read-models/read-models.projector';

/**
 * The Kafka half: reads the case topics and hands each batch to the projector. Offsets are
 * resolved only after the database transaction commits, and every partition starts from the
 * checkpoint stored with the read models, not from the consumer group's committed offset.
 */
@Injectable()
export class ProjectorConsumer implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly consumer: Consumer;
  private stopping = false;

  constructor(
    private readonly config: ProjectorConfig,
    private readonly projector: ReadModelsProjector,
    private readonly log: ProjectorLogger,
  ) {
    // An idle fetch waits at most a second for new messages, which also bounds how long a
    // shutdown waits for the fetch in flight (kafkajs' default is five seconds).
    this.consumer = kafkaFor(this.config, '-projector', log).consumer({ groupId: this.config.groupId, maxWaitTimeInMs: 1000 });
  }

  async onApplicationBootstrap(): Promise<void> {
    // Never rejects: it retries until the partitions are positioned or the consumer stops.
    this.consumer.on(this.consumer.events.GROUP_JOIN, ({ payload }) => void this.startFromCheckpoints(payload.memberAssignment));
    await this.consumer.connect();
    await this.consumer.subscribe({ topics: [...this.config.topics], fromBeginning: true });
    await this.consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: this.config.partitionsConcurrently,
      eachBatch: (payload) => this.onBatch(payload),
    });
    this.log.info('consuming', { groupId: this.config.groupId, topics: this.config.topics, projection: this.config.projection });
  }

  /** Waits for the batch in hand to finish (its transaction commits or rolls back), then leaves the group. */
  async onModuleDestroy(): Promise<void> {
    this.stopping = true;
    await this.consumer.disconnect();
  }

  private async onBatch(payload: EachBatchPayload): Promise<void> {
    const { topic, partition, messages } = payload.batch;
    const attributes = { 'messaging.destination.name': topic, 'messaging.destination.partition.id': String(partition) };
    // The transaction in a span that joins the trace of each request whose events it applies.
    await inConsumedBatch(`project ${topic}`, messages, attributes, () => this.applied(payload));
  }

  // kafkajs hands these as plain closures over the batch, though typed as methods.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  private async applied({ batch, resolveOffset, heartbeat, commitOffsetsIfNecessary }: EachBatchPayload): Promise<void> {
    const { topic, partition } = batch;
    const at = { topic, partition, firstOffset: batch.firstOffset(), lastOffset: batch.lastOffset() };
    let result: BatchOutcome;
    try {
      result = await this.projector.applyBatch(batch);
    } catch (error) {
      // The database, not a message: a message that cannot be applied is set aside above.
      this.log.error('batch failed', { ...at, error: error instanceof Error ? error.message : String(error) });
      throw error; // kafkajs fetches the same batch again, with backoff.
    }
    const { setAside, ...outcome } = result;
    countBatch(topic, partition, outcome.applied, setAside.length);
    // Never the message's value: it may hold personal information.
    setAside.forEach((message) => this.log.warn('message set aside', { ...message }));
    this.log.info('batch applied', { ...at, count: batch.messages.length, ...outcome, setAside: setAside.length });
    if (outcome.unhandled.length > 0) this.log.warn('event types unknown to the summary', { ...at, eventIds: outcome.unhandled });
    resolveOffset(batch.lastOffset());
    // Only for lag monitoring: the database checkpoint decides where a restart begins. Either call
    // throws when the group rebalances; kafkajs then rejoins, and the batch is applied already.
    await commitOffsetsIfNecessary({ topics: [{ topic, partitions: [{ partition, offset: outcome.nextOffset }] }] });
    await heartbeat();
  }

  /**
   * Runs on every (re)join. The listener is called synchronously before the first fetch, so the
   * partitions are paused until their stored positions are known; a partition without a
   * checkpoint starts at 0, even if the group has committed offsets (a fresh schema rebuilds).
   */
  private async startFromCheckpoints(assignment: IMemberAssignment): Promise<void> {
    const assigned: TopicPartitions[] = Object.entries(assignment).map(([topic, partitions]) => ({ topic, partitions }));
    if (assigned.length === 0) return; // more members than partitions: this one waits idle
    this.consumer.pause(assigned);
    for (let attempt = 1; !this.stopping; attempt++) {
      try {
        const stored = await this.projector.nextOffsets(assigned.map((a) => a.topic));
        const seeks = assigned.flatMap(({ topic, partitions }) =>
          partitions.map((partition) => ({ topic, partition, offset: stored.get(partitionKey(topic, partition)) ?? '0' })),
        );
        seeks.forEach((seek) => this.consumer.seek(seek));
        this.consumer.resume(assigned);
        this.log.info('partitions positioned at checkpoints', { seeks });
        return;
      } catch (error) {
        this.log.error('cannot read checkpoints, partitions stay paused', { attempt, error: (error as Error).message });
        await delay(Math.min(attempt, 10) * 1000);
      }
    }
  }
}
