import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type CaseSummaryClockState = 'running' | 'paused' | 'warned' | 'breached' | 'met' | 'late' | 'cancelled';

/**
 * One row per case, of any case type: what the staff work queue and dashboards list. Rebuilt
 * from the case's events; `lastSequence` is how the projector knows which event comes next, and
 * `state` is the case as its own decider folds it. Columns a case type lacks (a telephone call's
 * clock) stay null.
 */
@Entity({ name: 'case_summary' })
@Index('case_summary_status_due_at_idx', ['status', 'dueAt'])
@Index('case_summary_assignee_due_at_idx', ['assignee', 'dueAt'])
export class CaseSummaryEntity {
  @PrimaryColumn({ name: 'case_id', type: 'text', primaryKeyConstraintName: 'case_summary_pkey' })
  caseId!: string;

  @Column({ name: 'case_type', type: 'text' })
  caseType!: string;

  /** The case type's own status words (received, answered, action-plan-proposed...). */
  @Column({ type: 'text' })
  status!: string;

  @Column({ type: 'text' })
  subject!: string;

  @Column({ name: 'sender_address', type: 'text', nullable: true })
  senderAddress!: string | null;

  @Column({ name: 'sender_name', type: 'text', nullable: true })
  senderName!: string | null;

  @Column({ type: 'text', nullable: true })
  assignee!: string | null;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt!: Date;

  @Column({ name: 'warn_at', type: 'timestamptz', nullable: true })
  warnAt!: Date | null;

  @Column({ name: 'due_at', type: 'timestamptz', nullable: true })
  dueAt!: Date | null;

  @Column({ name: 'clock_state', type: 'text', nullable: true })
  clockState!: CaseSummaryClockState | null;

  @Column({ name: 'standard_id', type: 'text', nullable: true })
  standardId!: string | null;

  @Column({ name: 'standard_version', type: 'integer', nullable: true })
  standardVersion!: number | null;

  @Column({ name: 'escalated_to', type: 'text', nullable: true })
  escalatedTo!: string | null;

  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt!: Date | null;

  /** When the case ended, however it ended (null while open). */
  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt!: Date | null;

  /** How it ended, in the words every case type shares (`CaseOutcome`): answered, withdrawn... */
  @Column({ type: 'text', nullable: true })
  outcome!: string | null;

  @Column({ type: 'jsonb' })
  state!: object;

  @Column({ name: 'last_sequence', type: 'integer' })
  lastSequence!: number;

  @Column({ name: 'last_event_at', type: 'timestamptz' })
  lastEventAt!: Date;
}
