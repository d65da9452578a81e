import type { MigrationInterface, QueryRunner } from 'typeorm';
import { PROCESS_ROLES } from '../roles/process-roles';
import { inSchema } from './in-schema';

/**
 * A key keeps its first attempt's instant and correlation id, which every retry under it sends
 * again: the same update id must always carry the same arguments (docs/adr/0034). The API writes
 * the instant from its own clock, as the instant a command left out was always taken; a key bound
 * before this change keeps the database's and gets the retry's correlation id.
 */
export class IdempotencyKeyFirstAttempt1796025840000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    const table = inSchema(runner, 'idempotency_key');
    await runner.query(`ALTER TABLE ${table} ADD COLUMN correlation_id text`);
    await runner.query(`GRANT INSERT (first_used_at, correlation_id) ON ${table} TO ${PROCESS_ROLES.api}`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const table = inSchema(runner, 'idempotency_key');
    await runner.query(`REVOKE INSERT (first_used_at, correlation_id) ON ${table} FROM ${PROCESS_ROLES.api}`);
    await runner.query(`ALTER TABLE ${table} DROP COLUMN correlation_id`);
  }
}
