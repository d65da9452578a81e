import { setTimeout as delay } from 'node:timers/promises';
import { Injectable, OnModuleDestroy } from '@nestjs/common';
import type { Admin } from 'kafkajs';
import { kafkaFor } from '@entente/platform';
import { ProjectorConfig } from '../config/projector.config';
import { ProjectorLogger } from '../logging/projector-logger';
import { partitionKey } from '../read-models/read-models.projector';

export interface LatestOffset {
  readonly topic: string;
  readonly partition: number;
  /** The offset the next message will get: the checkpoint of a projector that is caught up. */
  readonly offset: string;
}

export interface PartitionLagRow {
  readonly topic: string;
  readonly partition: number;
  readonly latestOffset: string;
  readonly checkpoint: string;
  /** Messages on the partition not yet applied or set aside. */
  readonly lag: number;
}

/** Each partition's lag: its latest offset minus the stored checkpoint (0 for a partition never read). */
export function lagOf(latest: readonly LatestOffset[], checkpoints: ReadonlyMap<string, string>): PartitionLagRow[] {
  return latest.map(({ topic, partition, offset }) => {
    const checkpoint = checkpoints.get(partitionKey(topic, partition)) ?? '0';
    const behind = BigInt(offset) - BigInt(checkpoint);
    return { topic, partition, latestOffset: offset, checkpoint, lag: Number(behind > 0n ? behind : 0n) };
  });
}

/**
 * Asks Kafka for the latest offsets of the projector's topics, for `/health`: at most one request
 * in flight whatever the polling, and never longer than the configured timeout.
 */
@Injectable()
export class LatestOffsets implements OnModuleDestroy {
  private readonly admin: Admin;
  private inFlight: Promise<LatestOffset[]> | null = null;

  constructor(
    private readonly config: ProjectorConfig,
    log: ProjectorLogger,
  ) {
    this.admin = kafkaFor(config, '-projector-health', log).admin();
  }

  /** Null when Kafka does not answer in time: health then says nothing of the lag. */
  async read(): Promise<LatestOffset[] | null> {
    this.inFlight ??= this.fetch().finally(() => (this.inFlight = null));
    const timeout = delay(this.config.healthLagTimeoutMs, null, { ref: false });
    return Promise.race([this.inFlight.catch(() => null), timeout]);
  }

  /** After the request in flight, if any: one that connected after the disconnect would keep its socket. */
  async onModuleDestroy(): Promise<void> {
    await this.inFlight?.catch(() => undefined);
    await this.admin.disconnect();
  }

  private async fetch(): Promise<LatestOffset[]> {
    await this.admin.connect(); // a no-op once connected
    const perTopic = await Promise.all(
      this.config.topics.map(async (topic) =>
        (await this.admin.fetchTopicOffsets(topic)).map(({ partition, high }) => ({ topic, partition, offset: high })),
      ),
    );
    return perTopic.flat();
  }
}
