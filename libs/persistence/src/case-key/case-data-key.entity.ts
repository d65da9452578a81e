import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A case's data key, wrapped by the key-encryption key (docs/adr/0015): useless without it. An
 * erasure deletes the row, and with it every way to read what the key sealed.
 */
@Entity({ name: 'case_data_key' })
export class CaseDataKeyEntity {
  /** The case's id, or `operations` for payloads that belong to no case. */
  @PrimaryColumn({ name: 'case_id', type: 'text', primaryKeyConstraintName: 'case_data_key_pkey' })
  caseId!: string;

  /** Nonce, AES-256-GCM ciphertext of the 32-byte key and tag; the case id is the associated data. */
  @Column({ name: 'wrapped_key', type: 'bytea' })
  wrappedKey!: Buffer;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
