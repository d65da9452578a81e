import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The blind index (docs/adr/0019): a keyed digest of each e-mail address and name a case names.
 * Pseudonymous personal information itself, so an erasure deletes the case's rows.
 */
@Entity({ name: 'person_index' })
@Index('person_index_digest', ['digest'])
export class PersonIndexEntity {
  @PrimaryColumn({ name: 'case_id', type: 'text', primaryKeyConstraintName: 'person_index_pkey' })
  caseId!: string;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'person_index_pkey' })
  kind!: string;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'person_index_pkey' })
  digest!: string;

  @Column({ name: 'case_type', type: 'text' })
  caseType!: string;
}
