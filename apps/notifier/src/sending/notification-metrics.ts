import { counter } from '@entente/platform';

/**
 * `sent`: the mail server took it; `deferred`: an attempt failed and it is tried again later;
 * `failed`: reported failed (its last attempt, or no address left); `bounced`: a delivery report
 * sent back a message the server had taken (it is then deferred or failed).
 */
export type NotificationOutcome = 'sent' | 'deferred' | 'failed' | 'bounced';

const notifications = counter({
  name: 'entente_notifications_total',
  help: 'Messages the notifier settled, by kind (deadline-warning, breach, assignment, digest...) and outcome (sent, deferred, failed, bounced).',
  labelNames: ['kind', 'outcome'],
});

/** Counts one message's outcome: by its kind only, never its case, recipient or address. */
export function countNotification(kind: string, outcome: NotificationOutcome): void {
  notifications.inc({ kind, outcome });
}
