import type { MigrationInterface, QueryRunner } from 'typeorm';
import { grantOnTable, grantSchemaUsage, revokeSchemaUsage } from '../roles/process-roles';
import { inSchema } from './in-schema';

/**
 * The console's sessions (docs/adr/0013), so that a restart of the console signs no one out. The
 * row is keyed by a digest of the cookie's id, its person and tokens sealed with the console's own
 * key; only the console may touch it (the API's default read grant is revoked by `grantOnTable`).
 */
export class CreateConsoleSession1795939200000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    // Schemas migrated before the console had a role granted usage to the three others only.
    await grantSchemaUsage(runner, ['console']);
    await runner.query(`
      CREATE TABLE ${inSchema(runner, 'console_session')} (
        id_digest  text        NOT NULL,
        sealed     bytea       NOT NULL,
        expires_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT console_session_pkey PRIMARY KEY (id_digest)
      )`);
    await runner.query(`CREATE INDEX console_session_expires_at ON ${inSchema(runner, 'console_session')} (expires_at)`);
    await grantOnTable(runner, 'console_session', { console: ['SELECT', 'INSERT', 'UPDATE', 'DELETE'] });
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE ${inSchema(runner, 'console_session')}`);
    await revokeSchemaUsage(runner, ['console']);
  }
}
