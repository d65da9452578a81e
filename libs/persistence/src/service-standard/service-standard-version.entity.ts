import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A version of a service standard published by an administrator (the built-in declaration lives
 * in libs/domain). The worker plans each new clock on the version in force when it starts.
 */
@Entity({ name: 'service_standard_version' })
export class ServiceStandardVersionEntity {
  @PrimaryColumn({ name: 'standard_id', type: 'text', primaryKeyConstraintName: 'service_standard_version_pkey' })
  standardId!: string;

  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'service_standard_version_pkey' })
  version!: number;

  /** Québec date, YYYY-MM-DD. */
  @Column({ name: 'effective_from', type: 'text' })
  effectiveFrom!: string;

  /** The whole `ServiceStandard`, as the domain defines it. */
  @Column({ type: 'jsonb' })
  definition!: object;

  @Column({ name: 'published_at', type: 'timestamptz' })
  publishedAt!: Date;

  @Column({ name: 'published_by', type: 'text' })
  publishedBy!: string;
}
