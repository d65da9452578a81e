import { Column, Entity, PrimaryColumn, Unique } from 'typeorm';

/**
 * A case's timeline, one row per event exactly as published (original schema version, data and
 * hashes), so that auditors can verify the chain from the read side. `topic`, `partition` and
 * `kafkaOffset` say where the event was read from.
 */
@Entity({ name: 'case_event' })
@Unique('case_event_event_id_key', ['eventId'])
export class CaseEventEntity {
  @PrimaryColumn({ name: 'case_id', type: 'text', primaryKeyConstraintName: 'case_event_pkey' })
  caseId!: string;

  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'case_event_pkey' })
  sequence!: number;

  @Column({ name: 'event_id', type: 'text' })
  eventId!: string;

  @Column({ name: 'case_type', type: 'text' })
  caseType!: string;

  @Column({ type: 'text' })
  type!: string;

  @Column({ name: 'schema_version', type: 'integer' })
  schemaVersion!: number;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ name: 'actor_id', type: 'text' })
  actorId!: string;

  @Column({ name: 'actor_role', type: 'text' })
  actorRole!: string;

  @Column({ name: 'correlation_id', type: 'text' })
  correlationId!: string;

  @Column({ type: 'jsonb' })
  data!: object;

  @Column({ name: 'previous_hash', type: 'text', nullable: true })
  previousHash!: string | null;

  @Column({ type: 'text' })
  hash!: string;

  @Column({ type: 'text' })
  topic!: string;

  @Column({ type: 'integer' })
  partition!: number;

  /** bigint: pg returns it as a string, which keeps offsets beyond 2^53 exact. */
  @Column({ name: 'kafka_offset', type: 'bigint' })
  kafkaOffset!: string;
}
