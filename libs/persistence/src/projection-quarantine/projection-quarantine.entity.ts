import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A message a projection could not apply, set aside so that the rest of its partition goes on
 * (docs/adr/0025-projector-quarantine.md). While a case has a row here it needs attention: its
 * later events are set aside too, until a re-drive applies them in sequence. `value` is the
 * message as received and may hold personal information: it is never logged.
 */
@Entity({ name: 'projection_quarantine' })
@Index('projection_quarantine_case_idx', ['projection', 'caseId'])
export class ProjectionQuarantineEntity {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'projection_quarantine_pkey' })
  projection!: string;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'projection_quarantine_pkey' })
  topic!: string;

  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'projection_quarantine_pkey' })
  partition!: number;

  /** bigint: pg returns it as a string, which keeps offsets beyond 2^53 exact. */
  @PrimaryColumn({ name: 'kafka_offset', type: 'bigint', primaryKeyConstraintName: 'projection_quarantine_pkey' })
  kafkaOffset!: string;

  @Column({ name: 'message_key', type: 'bytea', nullable: true })
  key!: Buffer | null;

  @Column({ name: 'message_value', type: 'bytea', nullable: true })
  value!: Buffer | null;

  /** From the envelope, or from the message key when the value cannot be read; null when neither says. */
  @Column({ name: 'case_id', type: 'text', nullable: true })
  caseId!: string | null;

  /** The event's sequence, or for a message that cannot be read the one it stands in for (the case's next). */
  @Column({ type: 'integer', nullable: true })
  sequence!: number | null;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ name: 'quarantined_at', type: 'timestamptz' })
  quarantinedAt!: Date;
}
