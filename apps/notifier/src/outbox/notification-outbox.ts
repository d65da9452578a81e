import { IsNull, LessThanOrEqual, type DataSource, type EntityManager } from 'typeorm';
import type { StaffContact } from '@entente/domain';
import { NotificationOutboxEntity, StaffContactEntity, staffContactOf } from '@entente/persistence';
import type { OutboxRow } from './outbox-rows';

/** The notifier's tables: its outbox and the staff directory it reads. */
export class NotificationOutbox {
  constructor(private readonly database: DataSource) {}

  /** Rows already there (the same event again: a replay, a rebalance) are kept as they are. */
  async record(rows: readonly OutboxRow[]): Promise<void> {
    if (rows.length === 0) return;
    await this.database
      .getRepository(NotificationOutboxEntity)
      .createQueryBuilder()
      .insert()
      .values([...rows])
      .orIgnore()
      .execute();
  }

  async directory(): Promise<StaffContact[]> {
    return (await this.database.getRepository(StaffContactEntity).find()).map(staffContactOf);
  }

  /** One person's entry, read when a message to them is sent: the address as it is now. */
  async contact(id: string): Promise<StaffContact | undefined> {
    const row = await this.database.getRepository(StaffContactEntity).findOneBy({ id });
    return row ? staffContactOf(row) : undefined;
  }

  /** The messages a digest gathered for its recipient, oldest first. */
  async gatheredBy(digestId: string, recipientId: string): Promise<NotificationOutboxEntity[]> {
    return this.database.getRepository(NotificationOutboxEntity).find({ where: { digestId, recipientId }, order: { createdAt: 'ASC' } });
  }

  /**
   * Runs `send` on the immediate messages due, one at a time, each in its own transaction with its
   * row locked: two notifiers never send the same row, one row's failure undoes no other row's
   * record, and a row whose notifier dies mid-send is sent again (under the same Message-ID).
   */
  async sendDue(limit: number, send: (row: NotificationOutboxEntity, manager: EntityManager) => Promise<void>): Promise<number> {
    let sent = 0;
    while (sent < limit) {
      const found = await this.database.transaction(async (manager) => {
        const row = await manager.getRepository(NotificationOutboxEntity).findOne({
          where: { immediate: true, sentAt: IsNull(), failedAt: IsNull(), nextAttemptAt: LessThanOrEqual(new Date()) },
          order: { createdAt: 'ASC' },
          lock: { mode: 'pessimistic_write', onLocked: 'skip_locked' },
        });
        if (row) await send(row, manager);
        return row !== null;
      });
      if (!found) break;
      sent++;
    }
    return sent;
  }
}
