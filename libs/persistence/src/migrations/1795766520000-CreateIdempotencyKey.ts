import type { MigrationInterface, QueryRunner } from 'typeorm';
import { PROCESS_ROLES } from '../roles/process-roles';
import { inSchema } from './in-schema';

/**
 * The API binds each idempotency key to the request first sent under it: it may insert and read
 * its keys, never change one (a rebound key would answer another request); no other process may
 * touch them.
 */
export class CreateIdempotencyKey1795766520000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    const table = inSchema(runner, 'idempotency_key');
    await runner.query(`
      CREATE TABLE ${table} (
        key_digest     text        NOT NULL,
        request_digest text        NOT NULL,
        first_used_at  timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT idempotency_key_pkey PRIMARY KEY (key_digest)
      )`);
    await runner.query(`REVOKE ALL ON ${table} FROM ${Object.values(PROCESS_ROLES).join(', ')}`);
    await runner.query(`GRANT SELECT, INSERT (key_digest, request_digest) ON ${table} TO ${PROCESS_ROLES.api}`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE ${inSchema(runner, 'idempotency_key')}`);
  }
}
