import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Where a projection stands in each partition, written in the same transaction as the rows it
 * covers: this, not the Kafka consumer group, is the truth about what has been applied.
 */
@Entity({ name: 'projection_checkpoint' })
export class ProjectionCheckpointEntity {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'projection_checkpoint_pkey' })
  projection!: string;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'projection_checkpoint_pkey' })
  topic!: string;

  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'projection_checkpoint_pkey' })
  partition!: number;

  /** The offset of the next message to apply (Kafka's convention for committed offsets). */
  @Column({ name: 'next_offset', type: 'bigint' })
  nextOffset!: string;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
