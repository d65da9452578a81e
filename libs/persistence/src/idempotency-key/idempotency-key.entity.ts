import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The request an `Idempotency-Key` was first used for, so that the same key sent with another
 * request is refused instead of answered with the first one's outcome. Both are SHA-256 digests:
 * the owner's id and the key stay out of the table.
 */
@Entity({ name: 'idempotency_key' })
export class IdempotencyKeyEntity {
  /** SHA-256 (hex) of the owner and the key, each length-prefixed. */
  @PrimaryColumn({ name: 'key_digest', type: 'text', primaryKeyConstraintName: 'idempotency_key_pkey' })
  keyDigest!: string;

  /** SHA-256 (hex) of the canonical request: the case's workflow, the command and its data. */
  @Column({ name: 'request_digest', type: 'text' })
  requestDigest!: string;

  /** When the key was first sent: a time the command left out is this one, on every attempt. */
  @Column({ name: 'first_used_at', type: 'timestamptz', default: () => 'now()' })
  firstUsedAt!: Date;

  /** The first attempt's correlation id, which its retries carry too (none for a key bound before it was kept). */
  @Column({ name: 'correlation_id', type: 'text', nullable: true })
  correlationId!: string | null;
}
