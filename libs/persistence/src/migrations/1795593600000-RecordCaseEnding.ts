import type { MigrationInterface, QueryRunner } from 'typeorm';
import { inSchema } from './in-schema';

/**
 * Every case type ends in one vocabulary: `ended_at` (what `closed_at` meant for some types only)
 * and `outcome`. Rows written before fill both on a rebuild from the events.
 */
export class RecordCaseEnding1795593600000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    const table = inSchema(runner, 'case_summary');
    await runner.query(`ALTER TABLE ${table} RENAME COLUMN closed_at TO ended_at`);
    await runner.query(`ALTER TABLE ${table} ADD COLUMN outcome text`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const table = inSchema(runner, 'case_summary');
    await runner.query(`ALTER TABLE ${table} DROP COLUMN outcome`);
    await runner.query(`ALTER TABLE ${table} RENAME COLUMN ended_at TO closed_at`);
  }
}
