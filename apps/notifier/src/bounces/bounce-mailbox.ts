import { simpleParser } from 'mailparser';
import Pop3Command from 'node-pop3';
import type { Logger } from '@entente/platform';
import type { BounceRecorded, NotificationOutbox } from '../outbox/notification-outbox';
import { retryAt } from '../sending/backoff';
import { countNotification } from '../sending/notification-metrics';
import { deliveryReportIn, type DeliveryReport } from './delivery-report';
import type { MailboxAddress } from './mailbox-address';

/** A report's headers, as `TOP n 0` gives them: only these messages are read whole. */
const REPORT = /^content-type:\s*multipart\/report/im;

/**
 * The mailbox the return path delivers to (ADR 0028), read over POP3. Each delivery report about
 * one of this outbox's messages is recorded on its row, then deleted; anything else (a person's
 * reply, another deployment's report) is left for a person and not looked at again by this process.
 */
export class BounceMailbox {
  private readonly passedOver = new Set<string>();

  constructor(
    private readonly address: MailboxAddress,
    private readonly returnAddress: string,
    private readonly outbox: NotificationOutbox,
    private readonly maxAttempts: number,
    private readonly log: Logger,
  ) {}

  /** Reads what arrived since the last time; answers how many reports it recorded. */
  async read(): Promise<number> {
    const pop3 = new Pop3Command({ ...this.address, timeout: 30_000 });
    let recorded = 0;
    try {
      for (const [number, uid] of (await pop3.UIDL()) as string[][]) {
        if (this.passedOver.has(uid!)) continue;
        const report = REPORT.test(await pop3.TOP(Number(number), 0)) ? await this.reportIn(await pop3.RETR(Number(number))) : null;
        const recordedNow = report ? await this.outbox.recordBounce(report, retryAt, this.maxAttempts) : { ours: false as const };
        if (!recordedNow.ours) {
          this.passedOver.add(uid!);
          continue;
        }
        this.said(report!, recordedNow);
        // Deleted when the session ends well; a crash before leaves it, and reading it again changes nothing.
        await pop3.DELE(Number(number));
        recorded++;
      }
    } finally {
      await pop3.QUIT().catch(() => undefined);
    }
    return recorded;
  }

  private async reportIn(raw: string): Promise<DeliveryReport | null> {
    return deliveryReportIn(await simpleParser(raw, { keepDeliveryStatus: true }), this.returnAddress);
  }

  private said(report: DeliveryReport, { bounced }: BounceRecorded & { ours: true }): void {
    if (report.outcome === 'delayed') this.log.info('delivery delayed', { messageId: report.messageId, status: report.status });
    else if (bounced) {
      const { kind, eventId, recipientId, attempts, failed } = bounced;
      countNotification(kind, 'bounced');
      if (failed) countNotification(kind, 'failed');
      this.log.warn(failed ? 'message bounced, failed' : 'message bounced, deferred', {
        kind,
        eventId,
        recipientId,
        attempts,
        status: report.status,
      });
    }
  }
}
