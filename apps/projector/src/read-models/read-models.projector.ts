import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { ProjectionCheckpointEntity, ProjectionQuarantineEntity } from '@entente/persistence';
import type { KafkaPosition } from '../case-timeline/case-timeline.projection';
import { ProjectorConfig } from '../config/projector.config';
import { quarantineRow } from '../quarantine/quarantine-rows';
import { standingsOf, writeReadModels } from './case-standings';
import { BatchPlan, planBatch, PositionedMessage } from './plan-batch';
import { caseIdOf, RawMessage, readMessage } from './read-message';

export interface KafkaBatch {
  readonly topic: string;
  readonly partition: number;
  readonly messages: readonly (RawMessage & { readonly offset: string })[];
}

/** A message set aside, as logs and health name it: never its value, which may hold personal information. */
export interface SetAsideNotice extends KafkaPosition {
  readonly caseId: string | null;
  readonly reason: string;
}

export interface BatchOutcome extends Pick<BatchPlan, 'duplicates' | 'unhandled'> {
  readonly applied: number;
  readonly setAside: SetAsideNotice[];
  /** Messages below the stored checkpoint: read again after a rebalance, already in the read models. */
  readonly alreadyCheckpointed: number;
  readonly nextOffset: string;
}

/**
 * The I/O half of the case read models: one Kafka batch, one transaction for the summaries, the
 * timeline, the clocks, the messages set aside and the checkpoint together, so that a crash
 * anywhere applies all of it or none.
 */
@Injectable()
export class ReadModelsProjector {
  private readonly projection: string;

  constructor(
    private readonly dataSource: DataSource,
    config: ProjectorConfig,
  ) {
    this.projection = config.projection;
  }

  async applyBatch({ topic, partition, messages }: KafkaBatch): Promise<BatchOutcome> {
    return this.dataSource.transaction(async (manager) => {
      // Once the partition has a checkpoint, its row lock serializes two consumers that briefly
      // share the partition during a rebalance (before that, the timeline's primary key does),
      // and a re-drive of a case of the partition.
      const checkpoint = await manager.findOne(ProjectionCheckpointEntity, {
        where: { projection: this.projection, topic, partition },
        lock: { mode: 'pessimistic_write' },
      });
      const from = BigInt(checkpoint?.nextOffset ?? '0');
      const fresh = messages.filter((message) => BigInt(message.offset) >= from);
      const positioned: PositionedMessage[] = fresh.map(({ offset, key, value }) => ({
        position: { topic, partition, offset },
        raw: { key, value },
        reading: readMessage({ key, value }),
      }));
      const plan = planBatch(await standingsOf(manager, this.projection, caseIdsOf(positioned)), positioned);
      await writeReadModels(manager, plan);
      const now = new Date();
      if (plan.setAside.length > 0)
        await manager.insert(
          ProjectionQuarantineEntity,
          plan.setAside.map((message) => quarantineRow(this.projection, message, now)),
        );
      const last = BigInt(messages[messages.length - 1]?.offset ?? '-1') + 1n;
      const nextOffset = (last > from ? last : from).toString();
      await manager.upsert(ProjectionCheckpointEntity, { projection: this.projection, topic, partition, nextOffset, updatedAt: now }, [
        'projection',
        'topic',
        'partition',
      ]);
      return {
        applied: plan.timeline.length,
        duplicates: plan.duplicates,
        unhandled: plan.unhandled,
        setAside: plan.setAside.map(({ position, caseId, reason }) => ({ ...position, caseId, reason })),
        alreadyCheckpointed: messages.length - fresh.length,
        nextOffset,
      };
    });
  }

  /** Next offset to read per partition of `topics`, as stored with the rows they produced. */
  async nextOffsets(topics: readonly string[]): Promise<Map<string, string>> {
    const rows = await this.dataSource.manager.findBy(ProjectionCheckpointEntity, {
      projection: this.projection,
      topic: In([...topics]),
    });
    return new Map(rows.map((row) => [partitionKey(row.topic, row.partition), row.nextOffset]));
  }
}

function caseIdsOf(messages: readonly PositionedMessage[]): string[] {
  return [...new Set(messages.map(({ reading }) => caseIdOf(reading)).filter((id) => id !== null))];
}

export function partitionKey(topic: string, partition: number): string {
  return `${topic}#${partition}`;
}
