import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { ProjectionCheckpointEntity, ProjectionQuarantineEntity } from '@entente/persistence';
import type { KafkaPosition } from '../case-timeline/case-timeline.projection';
import { ProjectorConfig } from '../config/projector.config';
import { standingsOf, writeReadModels } from '../read-models/case-standings';
import { UNSEEN_CASE } from '../read-models/plan-batch';
import type { SetAsideNotice } from '../read-models/read-models.projector';
import { planRedrive } from './plan-redrive';
import { quarantinedMessage } from './quarantine-rows';

/** What a re-drive did for one case: one JSON line of the operator's command. */
export interface RedriveReport {
  readonly caseId: string;
  /** `clear` once nothing of the case is set aside any more. */
  readonly status: 'clear' | 'quarantined';
  readonly applied: string[];
  readonly superseded: KafkaPosition[];
  readonly waiting: (KafkaPosition & { readonly sequence: number | null; readonly reason: string })[];
}

/** The set-aside messages of one projection: what health names, and the operator's re-drive. */
@Injectable()
export class Quarantine {
  private readonly projection: string;

  constructor(
    private readonly dataSource: DataSource,
    config: ProjectorConfig,
  ) {
    this.projection = config.projection;
  }

  /** At most `limit` set-aside messages, in the order they were read, and how many there are in all. */
  async listed(limit: number): Promise<{ readonly messages: SetAsideNotice[]; readonly count: number }> {
    const [rows, count] = await this.dataSource.manager.findAndCount(ProjectionQuarantineEntity, {
      select: { topic: true, partition: true, kafkaOffset: true, caseId: true, reason: true },
      where: { projection: this.projection },
      order: { quarantinedAt: 'ASC', topic: 'ASC', partition: 'ASC', kafkaOffset: 'ASC' },
      take: limit,
    });
    const messages = rows.map(({ topic, partition, kafkaOffset, caseId, reason }) => ({
      topic,
      partition,
      offset: kafkaOffset,
      caseId,
      reason,
    }));
    return { messages, count };
  }

  /**
   * Applies what can now be applied of a case's set-aside messages and clears the rows it
   * resolved, in one transaction that holds the checkpoints of their partitions: no batch of
   * those partitions runs meanwhile, so the case is never applied by both.
   */
  async redrive(caseId: string): Promise<RedriveReport> {
    return this.dataSource.transaction(async (manager) => {
      await this.lockPartitionsOf(manager, caseId);
      const rows = await manager.find(ProjectionQuarantineEntity, {
        where: { projection: this.projection, caseId },
        order: { topic: 'ASC', partition: 'ASC', kafkaOffset: 'ASC' },
      });
      const standing = (await standingsOf(manager, this.projection, [caseId])).get(caseId) ?? UNSEEN_CASE;
      const plan = planRedrive(caseId, standing, rows.map(quarantinedMessage));
      await writeReadModels(manager, plan.batch);
      for (const { position } of [...plan.applied, ...plan.superseded]) {
        const { topic, partition, offset } = position;
        await manager.delete(ProjectionQuarantineEntity, { projection: this.projection, topic, partition, kafkaOffset: offset });
      }
      return {
        caseId,
        status: plan.waiting.length > 0 ? 'quarantined' : 'clear',
        applied: plan.batch.timeline.map((row) => row.eventId),
        superseded: plan.superseded.map(({ position }) => position),
        waiting: plan.waiting.map(({ position, sequence, reason }) => ({ ...position, sequence, reason })),
      };
    });
  }

  /** In a fixed order, so that two re-drives never deadlock. */
  private async lockPartitionsOf(manager: EntityManager, caseId: string): Promise<void> {
    const partitions = await manager
      .createQueryBuilder(ProjectionQuarantineEntity, 'quarantine')
      .select(['quarantine.topic AS topic', 'quarantine.partition AS partition'])
      .distinct(true)
      .where('quarantine.projection = :projection AND quarantine.caseId = :caseId', { projection: this.projection, caseId })
      .orderBy('topic')
      .addOrderBy('partition')
      .getRawMany<{ topic: string; partition: number }>();
    for (const { topic, partition } of partitions) {
      await manager.findOne(ProjectionCheckpointEntity, {
        where: { projection: this.projection, topic, partition },
        lock: { mode: 'pessimistic_write' },
      });
    }
  }
}
