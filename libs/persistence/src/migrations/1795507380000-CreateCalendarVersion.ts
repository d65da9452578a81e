import type { MigrationInterface, QueryRunner } from 'typeorm';
import { inSchema } from './in-schema';

/** Calendars edited by administrators; the primary key refuses two publications of one version. */
export class CreateCalendarVersion1795507380000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE ${inSchema(runner, 'calendar_version')} (
        calendar_id  text        NOT NULL,
        version      integer     NOT NULL,
        definition   jsonb       NOT NULL,
        reason       text        NOT NULL,
        published_at timestamptz NOT NULL,
        published_by text        NOT NULL,
        CONSTRAINT calendar_version_pkey PRIMARY KEY (calendar_id, version)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE ${inSchema(runner, 'calendar_version')}`);
  }
}
