import { createTransport, type Transporter } from 'nodemailer';
import type { EntityManager } from 'typeorm';
import { DAILY_DIGEST } from '@entente/domain';
import { NotificationOutboxEntity } from '@entente/persistence';
import type { Logger } from '@entente/platform';
import type { NotifierConfig } from '../config/notifier.config';
import { failpoint } from '../drill/failpoints';
import type { NotificationOutbox } from '../outbox/notification-outbox';
import { NoAddressee, type Addressees } from './addressees';
import { retryAt } from './backoff';
import { countNotification } from './notification-metrics';
import { returnPathFor } from '../bounces/return-path';
import { smtpTransportOptions } from './smtp-transport';

/**
 * Sends the outbox's immediate messages through SMTP, each under the Message-ID its row names,
 * and records the outcome on the row: sent, retried with backoff, or failed after the last
 * attempt (reported, never dropped).
 */
export class MailSender {
  private readonly transport: Transporter;

  constructor(
    private readonly config: NotifierConfig,
    private readonly outbox: NotificationOutbox,
    private readonly addressees: Addressees,
    private readonly log: Logger,
  ) {
    this.transport = createTransport(smtpTransportOptions(config));
  }

  /** Sends what is due now; answers how many messages it settled. */
  async sendDue(limit = 50): Promise<number> {
    return this.outbox.sendDue(limit, (row, manager) => this.sendOne(row, manager));
  }

  /** Whether the SMTP server greets and accepts a session: for the health report. */
  async reachable(): Promise<void> {
    await this.transport.verify();
  }

  close(): void {
    this.transport.close();
  }

  private async sendOne(row: NotificationOutboxEntity, manager: EntityManager): Promise<void> {
    const rows = manager.getRepository(NotificationOutboxEntity);
    const key = { eventId: row.eventId, recipientId: row.recipientId };
    let address: string | undefined;
    try {
      const addressee = await this.addressees.of(row);
      ({ address } = addressee);
      const { name, message } = addressee;
      // The envelope's sender names the message: a bounce sent back to it is read by the bounce mailbox.
      const envelope = { from: returnPathFor(row.messageId, this.config.mailReturnPath), to: address };
      await this.transport.sendMail({ from: this.config.mailFrom, to: { name, address }, envelope, messageId: row.messageId, ...message });
      failpoint(this.config.failpoint, 'after-send');
      const sentAt = new Date();
      await rows.update(key, { sentAt, attempts: row.attempts + 1, lastError: null });
      // What the digest gathered is sent with it.
      if (row.kind === DAILY_DIGEST) await rows.update({ digestId: row.eventId, recipientId: row.recipientId }, { sentAt });
      countNotification(row.kind, 'sent');
      this.log.info('message sent', { kind: row.kind, caseId: row.caseId, eventId: row.eventId, recipientId: row.recipientId });
    } catch (error) {
      const attempts = row.attempts + 1;
      // A server's refusal may quote the address: kept out of the row and the logs.
      const said = error instanceof Error ? error.message : String(error);
      const lastError = address ? said.replaceAll(address, '[address]') : said;
      // An erased case's address will not come back by waiting: reported at once.
      const failed = attempts >= this.config.maxAttempts || error instanceof NoAddressee;
      await rows.update(key, {
        attempts,
        lastError,
        nextAttemptAt: retryAt(attempts),
        failedAt: failed ? new Date() : null,
      });
      countNotification(row.kind, failed ? 'failed' : 'deferred');
      this.log.warn(failed ? 'message failed' : 'message deferred', {
        kind: row.kind,
        eventId: row.eventId,
        recipientId: row.recipientId,
        attempts,
        error: lastError,
      });
    }
  }
}
