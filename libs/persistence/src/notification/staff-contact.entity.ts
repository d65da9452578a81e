import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The staff directory the notifier writes to (issue 16): each person's address, language and
 * rhythm (at once, or a daily digest), with the role and teams that decide what they are told.
 */
@Entity({ name: 'staff_contact' })
export class StaffContactEntity {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'staff_contact_pkey' })
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text' })
  role!: string;

  @Column({ type: 'text', array: true })
  teams!: string[];

  @Column({ type: 'text' })
  language!: string;

  @Column({ type: 'text' })
  delivery!: string;
}
