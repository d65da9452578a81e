import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { NotificationOutboxEntity } from '@entente/persistence';
import type { NotificationCountsDto } from './notification-counts.dto';

/** The outbox's rows counted per kind and outcome, in one query. */
@Injectable()
export class NotificationOutboxCounts {
  constructor(@InjectRepository(NotificationOutboxEntity) private readonly outbox: Repository<NotificationOutboxEntity>) {}

  async counts(): Promise<NotificationCountsDto[]> {
    const rows: Record<keyof NotificationCountsDto, string | number>[] = await this.outbox
      .createQueryBuilder('o')
      .select('o.kind', 'kind')
      .addSelect('count(*) FILTER (WHERE o.sent_at IS NOT NULL)', 'sent')
      .addSelect('count(*) FILTER (WHERE o.sent_at IS NULL AND o.failed_at IS NULL AND o.immediate AND o.attempts = 0)', 'pending')
      .addSelect('count(*) FILTER (WHERE o.sent_at IS NULL AND o.failed_at IS NULL AND o.attempts > 0)', 'deferred')
      .addSelect('count(*) FILTER (WHERE o.failed_at IS NOT NULL)', 'failed')
      .addSelect('count(*) FILTER (WHERE o.sent_at IS NULL AND NOT o.immediate)', 'awaitingDigest')
      .addSelect('count(*) FILTER (WHERE o.bounced_at IS NOT NULL)', 'bounced')
      .groupBy('o.kind')
      .orderBy('o.kind')
      .getRawMany();
    return rows.map((row) => ({
      kind: String(row.kind),
      sent: Number(row.sent),
      pending: Number(row.pending),
      deferred: Number(row.deferred),
      failed: Number(row.failed),
      awaitingDigest: Number(row.awaitingDigest),
      bounced: Number(row.bounced),
    }));
  }
}
