import type { MigrationInterface, QueryRunner } from 'typeorm';
import { PROCESS_ROLES } from '../roles/process-roles';
import { inSchema } from './in-schema';

/**
 * Who read which case's personal information, append-only (docs/architecture.md#access-journal).
 * The API may insert and read, never update, delete or truncate; it names every column but the
 * id and the instant, which the database gives, so no entry can be backdated. No other process
 * may touch it.
 */
export class CreateAccessJournal1795766460000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    const table = inSchema(runner, 'access_journal');
    await runner.query(`
      CREATE TABLE ${table} (
        id             bigint      GENERATED ALWAYS AS IDENTITY CONSTRAINT access_journal_pkey PRIMARY KEY,
        read_at        timestamptz NOT NULL DEFAULT clock_timestamp(),
        subject        text        NOT NULL,
        role           text        NOT NULL,
        case_id        text        NOT NULL,
        route          text        NOT NULL,
        fields_shown   jsonb       NOT NULL,
        reason         text,
        correlation_id text        NOT NULL
      )`);
    await runner.query(`CREATE INDEX access_journal_case_read_at_idx ON ${table} (case_id, read_at)`);
    await runner.query(`CREATE INDEX access_journal_subject_read_at_idx ON ${table} (subject, read_at)`);
    await runner.query(`CREATE INDEX access_journal_read_at_idx ON ${table} (read_at)`);
    await runner.query(`REVOKE ALL ON ${table} FROM ${Object.values(PROCESS_ROLES).join(', ')}`);
    const written = 'subject, role, case_id, route, fields_shown, reason, correlation_id';
    await runner.query(`GRANT SELECT, INSERT (${written}) ON ${table} TO ${PROCESS_ROLES.api}`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE ${inSchema(runner, 'access_journal')}`);
  }
}
