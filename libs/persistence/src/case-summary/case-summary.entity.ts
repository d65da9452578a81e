import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type CaseSummaryStatus = 'received' | 'assigned' | 'answered' | 'closed';
export type CaseSummaryClockState = 'running' | 'warned' | 'breached' | 'met' | 'late' | 'cancelled';

/**
 * One row per case: what the staff work queue and dashboards list. Rebuilt from the case's
 * events; `lastSequence` is how the projector knows which event comes next.
 */
@Entity({ name: 'case_summary' })
@Index('case_summary_status_due_at_idx', ['status', 'dueAt'])
@Index('case_summary_assignee_due_at_idx', ['assignee', 'dueAt'])
export class CaseSummaryEntity {
  @PrimaryColumn({ name: 'case_id', type: 'text', primaryKeyConstraintName: 'case_summary_pkey' })
  caseId!: string;

  @Column({ name: 'case_type', type: 'text' })
  caseType!: string;

  @Column({ type: 'text' })
  status!: CaseSummaryStatus;

  @Column({ type: 'text' })
  subject!: string;

  @Column({ name: 'sender_address', type: 'text' })
  senderAddress!: string;

  @Column({ name: 'sender_name', type: 'text', nullable: true })
  senderName!: string | null;

  @Column({ type: 'text', nullable: true })
  assignee!: string | null;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt!: Date;

  @Column({ name: 'warn_at', type: 'timestamptz' })
  warnAt!: Date;

  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt!: Date;

  @Column({ name: 'clock_state', type: 'text' })
  clockState!: CaseSummaryClockState;

  @Column({ name: 'standard_id', type: 'text' })
  standardId!: string;

  @Column({ name: 'standard_version', type: 'integer' })
  standardVersion!: number;

  @Column({ name: 'escalated_to', type: 'text', nullable: true })
  escalatedTo!: string | null;

  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt!: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @Column({ name: 'last_sequence', type: 'integer' })
  lastSequence!: number;

  @Column({ name: 'last_event_at', type: 'timestamptz' })
  lastEventAt!: Date;
}
