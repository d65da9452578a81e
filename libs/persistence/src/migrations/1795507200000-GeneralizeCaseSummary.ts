import type { MigrationInterface, QueryRunner } from 'typeorm';
import { inSchema } from './in-schema';

const OPTIONAL = ['sender_address', 'warn_at', 'due_at', 'clock_state', 'standard_id', 'standard_version'];

/**
 * Every case type in one work queue: a telephone call has no clock and no e-mail address, an
 * engagement's clock starts only at its action plan. `state` keeps the case folded by its own
 * decider, so the projector moves it by one event without knowing the case type's rules.
 */
export class GeneralizeCaseSummary1795507200000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    const table = inSchema(runner, 'case_summary');
    for (const column of OPTIONAL) await runner.query(`ALTER TABLE ${table} ALTER COLUMN ${column} DROP NOT NULL`);
    await runner.query(`ALTER TABLE ${table} ADD COLUMN state jsonb NOT NULL DEFAULT '{}'::jsonb`);
    await runner.query(`ALTER TABLE ${table} ALTER COLUMN state DROP DEFAULT`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const table = inSchema(runner, 'case_summary');
    await runner.query(`ALTER TABLE ${table} DROP COLUMN state`);
    for (const column of OPTIONAL) await runner.query(`ALTER TABLE ${table} ALTER COLUMN ${column} SET NOT NULL`);
  }
}
