import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A version of a working-day calendar published by an administrator (the built-in one lives in
 * libs/domain): new clocks are planned on the latest, running ones are planned again on it.
 */
@Entity({ name: 'calendar_version' })
export class CalendarVersionEntity {
  @PrimaryColumn({ name: 'calendar_id', type: 'text', primaryKeyConstraintName: 'calendar_version_pkey' })
  calendarId!: string;

  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'calendar_version_pkey' })
  version!: number;

  /** The whole `WorkingCalendar`, as the domain defines it. */
  @Column({ type: 'jsonb' })
  definition!: object;

  /** Why it changed, as the moved clocks' events will say. */
  @Column({ type: 'text' })
  reason!: string;

  @Column({ name: 'published_at', type: 'timestamptz' })
  publishedAt!: Date;

  @Column({ name: 'published_by', type: 'text' })
  publishedBy!: string;
}
