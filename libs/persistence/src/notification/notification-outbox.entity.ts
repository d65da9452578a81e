import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The messages owed, one per event and recipient (issue 16): written before the notifier commits
 * its Kafka offsets, so a crash, a rebalance or a replay finds the row and sends nothing twice.
 * The message itself is composed when sent, from the row.
 */
@Entity({ name: 'notification_outbox' })
// A bounce names its message by Message-ID (ADR 0028).
@Index('notification_outbox_message_id_idx', ['messageId'])
export class NotificationOutboxEntity {
  @PrimaryColumn({ name: 'event_id', type: 'text', primaryKeyConstraintName: 'notification_outbox_pkey' })
  eventId!: string;

  @PrimaryColumn({ name: 'recipient_id', type: 'text', primaryKeyConstraintName: 'notification_outbox_pkey' })
  recipientId!: string;

  /** Null for a digest, which gathers messages about several cases. */
  @Column({ name: 'case_id', type: 'text', nullable: true })
  caseId!: string | null;

  @Column({ name: 'case_type', type: 'text', nullable: true })
  caseType!: string | null;

  @Column({ type: 'text' })
  kind!: string;

  /** Sent at once (false: waits for the recipient's daily digest). */
  @Column({ type: 'boolean' })
  immediate!: boolean;

  /** The deadline the message is about, if any. */
  @Column({ name: 'due_at', type: 'timestamptz', nullable: true })
  dueAt!: Date | null;

  /** Derived from the row's key: the one message SMTP could not settle is recognised as the same one. */
  @Column({ name: 'message_id', type: 'text' })
  messageId!: string;

  /** A participant's address as the event carried it (sealed with the case's key); null for staff, read from the directory. */
  @Column({ type: 'text', nullable: true })
  address!: string | null;

  /** The participant's contact person, likewise sealed. */
  @Column({ name: 'recipient_name', type: 'text', nullable: true })
  recipientName!: string | null;

  /** The language a participant's contact corresponds in (`fr`, `en`), when recorded; null otherwise. */
  @Column({ name: 'recipient_language', type: 'text', nullable: true })
  recipientLanguage!: string | null;

  /** The digest that gathered this message (its row's event id), once one has. */
  @Column({ name: 'digest_id', type: 'text', nullable: true })
  digestId!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ name: 'next_attempt_at', type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt!: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  /** Given up after its last attempt: reported, never dropped silently. */
  @Column({ name: 'failed_at', type: 'timestamptz', nullable: true })
  failedAt!: Date | null;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  /** When the recipient's server last sent it back (a delivery status notification), after it was sent. */
  @Column({ name: 'bounced_at', type: 'timestamptz', nullable: true })
  bouncedAt!: Date | null;

  /** The status that notification gave (RFC 3463, e.g. 5.1.1: no such mailbox). */
  @Column({ name: 'bounce_status', type: 'text', nullable: true })
  bounceStatus!: string | null;
}
