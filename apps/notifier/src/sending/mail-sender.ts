import { createTransport, type Transporter } from 'nodemailer';
import type { EntityManager } from 'typeorm';
import { CASE_TYPE_NAMES, type CaseType } from '@entente/contracts';
import { composeMessage, type NotificationKind, type StaffContact } from '@entente/domain';
import { NotificationOutboxEntity } from '@entente/persistence';
import type { Logger } from '@entente/platform';
import type { NotifierConfig } from '../config/notifier.config';
import { failpoint } from '../drill/failpoints';
import type { NotificationOutbox } from '../outbox/notification-outbox';

/** The wait before the next attempt: 2 s, 4 s, 8 s... at most an hour. */
const backoffMs = (attempts: number) => Math.min(2 ** attempts * 1000, 3_600_000);

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
    private readonly log: Logger,
  ) {
    this.transport = createTransport({ host: config.smtpHost, port: config.smtpPort, secure: false });
  }

  /** Sends what is due now; answers how many messages it settled. */
  async sendDue(limit = 50): Promise<number> {
    return this.outbox.sendDue(limit, async (row, manager) => this.sendOne(row, await this.outbox.contact(row.recipientId), manager));
  }

  close(): void {
    this.transport.close();
  }

  private async sendOne(row: NotificationOutboxEntity, recipient: StaffContact | undefined, manager: EntityManager): Promise<void> {
    const rows = manager.getRepository(NotificationOutboxEntity);
    const key = { eventId: row.eventId, recipientId: row.recipientId };
    try {
      if (!recipient) throw new Error(`no address for ${row.recipientId} in the staff directory`);
      await this.transport.sendMail({
        from: this.config.mailFrom,
        to: { name: recipient.name, address: recipient.email },
        messageId: row.messageId,
        ...this.message(row, recipient),
      });
      failpoint(this.config.failpoint, 'after-send');
      await rows.update(key, { sentAt: new Date(), attempts: row.attempts + 1, lastError: null });
      this.log.info('message sent', { kind: row.kind, caseId: row.caseId, eventId: row.eventId, recipientId: row.recipientId });
    } catch (error) {
      const attempts = row.attempts + 1;
      const lastError = error instanceof Error ? error.message : String(error);
      const failed = attempts >= this.config.maxAttempts;
      await rows.update(key, {
        attempts,
        lastError,
        nextAttemptAt: new Date(Date.now() + backoffMs(attempts)),
        failedAt: failed ? new Date() : null,
      });
      this.log.warn(failed ? 'message failed' : 'message deferred', {
        kind: row.kind,
        eventId: row.eventId,
        recipientId: row.recipientId,
        attempts,
        error: lastError,
      });
    }
  }

  private message(row: NotificationOutboxEntity, recipient: StaffContact) {
    const about = {
      caseId: row.caseId,
      caseTypeLabel: CASE_TYPE_NAMES[row.caseType as CaseType],
      dueAt: row.dueAt?.toISOString(),
      link: `${this.config.consoleUrl}/cases/${row.caseId}`,
    };
    return composeMessage({ recipient, kind: row.kind as NotificationKind, immediate: row.immediate }, about);
  }
}
