import { IsNull, LessThanOrEqual, Not, type DataSource, type EntityManager } from 'typeorm';
import type { StaffContact } from '@entente/domain';
import { NotificationOutboxEntity, StaffContactEntity, staffContactOf } from '@entente/persistence';
import type { DeliveryReport } from '../bounces/delivery-report';
import type { OutboxRow } from './outbox-rows';

/** What a delivery report did to the outbox: nothing (not ours, or said already), or sent a message back. */
export type BounceRecorded =
  | { readonly ours: false }
  | {
      readonly ours: true;
      readonly bounced: (Pick<NotificationOutboxEntity, 'kind' | 'eventId' | 'recipientId' | 'attempts'> & { failed: boolean }) | null;
    };

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
   * Records what a delivery report says of a message the server took: a permanent failure is
   * reported failed, a transient one is sent again at `retryAt` (failed after `maxAttempts`).
   * A report read twice (two notifiers share the mailbox) counts once: only a row still marked
   * sent changes.
   */
  async recordBounce(report: DeliveryReport, retryAt: (attempts: number) => Date, maxAttempts: number): Promise<BounceRecorded> {
    const rows = this.database.getRepository(NotificationOutboxEntity);
    const row = report.messageId ? await rows.findOneBy({ messageId: report.messageId }) : null;
    if (!row) return { ours: false };
    if (report.outcome === 'delayed' || row.sentAt === null) return { ours: true, bounced: null };
    // The send that bounced was an attempt, counted when it was made.
    const { attempts } = row;
    const failed = report.outcome === 'permanent' || attempts >= maxAttempts;
    const { affected } = await rows.update(
      { eventId: row.eventId, recipientId: row.recipientId, sentAt: Not(IsNull()) },
      {
        sentAt: null,
        nextAttemptAt: retryAt(attempts),
        failedAt: failed ? new Date() : null,
        bouncedAt: new Date(),
        bounceStatus: report.status,
        lastError: `bounced: ${report.diagnostic ?? report.status ?? 'no status given'}`,
      },
    );
    const { kind, eventId, recipientId } = row;
    return { ours: true, bounced: affected ? { kind, eventId, recipientId, attempts, failed } : null };
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
