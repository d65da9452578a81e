import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A legal hold on a case (docs/adr/0017): while it stands (not lifted), no one erases the case's
 * personal information. Placing and lifting are kept with who, when and why; a row is never deleted.
 */
@Entity({ name: 'legal_hold' })
@Index('legal_hold_standing', ['caseId'], { where: 'lifted_at IS NULL' })
export class LegalHoldEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'legal_hold_pkey' })
  id!: string;

  @Column({ name: 'case_id', type: 'text' })
  caseId!: string;

  /** `LEGAL_HOLD_KINDS`: an access or correction request being answered, a Commission review pending. */
  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ name: 'placed_by', type: 'text' })
  placedBy!: string;

  @Column({ name: 'placed_at', type: 'timestamptz' })
  placedAt!: Date;

  @Column({ name: 'lifted_by', type: 'text', nullable: true })
  liftedBy!: string | null;

  @Column({ name: 'lifted_reason', type: 'text', nullable: true })
  liftedReason!: string | null;

  @Column({ name: 'lifted_at', type: 'timestamptz', nullable: true })
  liftedAt!: Date | null;
}
