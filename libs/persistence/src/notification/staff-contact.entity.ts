import { Column, Entity, PrimaryColumn } from 'typeorm';
import { isTeam, type StaffContact } from '@entente/domain';

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

/** A directory row as the domain reads it: an unknown team is dropped, an unknown language or rhythm is the default. */
export function staffContactOf(row: StaffContactEntity): StaffContact {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role as StaffContact['role'],
    teams: row.teams.filter(isTeam),
    language: row.language === 'en' ? 'en' : 'fr',
    delivery: row.delivery === 'daily-digest' ? 'daily-digest' : 'immediate',
  };
}
