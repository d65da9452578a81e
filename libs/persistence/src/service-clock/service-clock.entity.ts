import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { CaseSummaryClockState } from '../case-summary/case-summary.entity';

/**
 * One row per service-standard clock of a case (a case may run several, one after the other):
 * what the compliance report counts. `workingDaysTaken` is filled once the clock stops with an
 * answer, measured on the working-day calendar as the standard counts it.
 */
@Entity({ name: 'service_clock' })
@Index('service_clock_standard_started_at_idx', ['standardId', 'startedAt'])
export class ServiceClockEntity {
  @PrimaryColumn({ name: 'case_id', type: 'text', primaryKeyConstraintName: 'service_clock_pkey' })
  caseId!: string;

  @PrimaryColumn({ name: 'standard_id', type: 'text', primaryKeyConstraintName: 'service_clock_pkey' })
  standardId!: string;

  @Column({ name: 'case_type', type: 'text' })
  caseType!: string;

  @Column({ name: 'standard_version', type: 'integer' })
  standardVersion!: number;

  @Column({ name: 'started_at', type: 'timestamptz' })
  startedAt!: Date;

  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt!: Date;

  @Column({ name: 'stopped_at', type: 'timestamptz', nullable: true })
  stoppedAt!: Date | null;

  @Column({ type: 'text' })
  state!: CaseSummaryClockState;

  @Column({ type: 'boolean' })
  breached!: boolean;

  @Column({ name: 'working_days_taken', type: 'integer', nullable: true })
  workingDaysTaken!: number | null;
}
