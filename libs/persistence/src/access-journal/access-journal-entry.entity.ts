import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One read of a case's personal information: who (subject and role), which case through which
 * route, the fields shown, why when a reason was stated, and under which correlation id. The
 * database numbers and dates each entry; the API may add entries and never change one.
 */
@Entity({ name: 'access_journal' })
@Index('access_journal_case_read_at_idx', ['caseId', 'readAt'])
@Index('access_journal_subject_read_at_idx', ['subject', 'readAt'])
@Index('access_journal_read_at_idx', ['readAt'])
export class AccessJournalEntryEntity {
  /** bigint: pg returns it as a string. */
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS', primaryKeyConstraintName: 'access_journal_pkey' })
  id!: string;

  @Column({ name: 'read_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  readAt!: Date;

  @Column({ type: 'text' })
  subject!: string;

  @Column({ type: 'text' })
  role!: string;

  @Column({ name: 'case_id', type: 'text' })
  caseId!: string;

  @Column({ type: 'text' })
  route!: string;

  /** Paths in the answer, e.g. `timeline[].data.sender.email`. */
  @Column({ name: 'fields_shown', type: 'jsonb' })
  fieldsShown!: string[];

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ name: 'correlation_id', type: 'text' })
  correlationId!: string;
}
