import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { CaseEventEntity, CaseSummaryEntity, ProjectionCheckpointEntity, ServiceClockEntity } from '@entente/persistence';
import { ProjectorConfig } from '../config/projector.config';
import { parseEnvelope } from '@entente/contracts';
import { BatchPlan, planBatch, PositionedEnvelope } from './plan-batch';

export interface KafkaBatch {
  readonly topic: string;
  readonly partition: number;
  readonly messages: readonly { readonly offset: string; readonly value: Buffer | null }[];
}

export interface BatchOutcome extends Pick<BatchPlan, 'duplicates' | 'unhandled'> {
  readonly applied: number;
  /** Messages below the stored checkpoint: read again after a rebalance, already in the read models. */
  readonly alreadyCheckpointed: number;
  readonly nextOffset: string;
}

/**
 * The I/O half of the case read models: one Kafka batch, one transaction for the summaries, the
 * timeline, the clocks and the checkpoint together, so that a crash anywhere applies all of it or none.
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
      // share the partition during a rebalance (before that, the timeline's primary key does).
      const checkpoint = await manager.findOne(ProjectionCheckpointEntity, {
        where: { projection: this.projection, topic, partition },
        lock: { mode: 'pessimistic_write' },
      });
      const from = BigInt(checkpoint?.nextOffset ?? '0');
      const fresh = messages.filter((message) => BigInt(message.offset) >= from);
      const positioned = fresh.map(({ offset, value }) => ({ envelope: parseEnvelope(value), position: { topic, partition, offset } }));
      const plan = planBatch(await this.summariesOf(manager, positioned), positioned);
      if (plan.summaries.length > 0) await manager.upsert(CaseSummaryEntity, plan.summaries, ['caseId']);
      if (plan.timeline.length > 0) await manager.insert(CaseEventEntity, plan.timeline);
      if (plan.clocks.length > 0) await manager.upsert(ServiceClockEntity, plan.clocks, ['caseId', 'standardId']);
      const last = BigInt(messages[messages.length - 1]?.offset ?? '-1') + 1n;
      const nextOffset = (last > from ? last : from).toString();
      await manager.upsert(
        ProjectionCheckpointEntity,
        { projection: this.projection, topic, partition, nextOffset, updatedAt: new Date() },
        ['projection', 'topic', 'partition'],
      );
      return {
        applied: plan.timeline.length,
        duplicates: plan.duplicates,
        unhandled: plan.unhandled,
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

  private async summariesOf(manager: EntityManager, messages: readonly PositionedEnvelope[]): Promise<Map<string, CaseSummaryEntity>> {
    const caseIds = [...new Set(messages.map((m) => m.envelope.caseId))];
    if (caseIds.length === 0) return new Map();
    const rows = await manager.find(CaseSummaryEntity, { where: { caseId: In(caseIds) }, lock: { mode: 'pessimistic_write' } });
    return new Map(rows.map((row) => [row.caseId, row]));
  }
}

export function partitionKey(topic: string, partition: number): string {
  return `${topic}#${partition}`;
}
