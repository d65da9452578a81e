import type { MigrationInterface, QueryRunner } from 'typeorm';
import { inSchema } from './in-schema';

/** The work queue lists open cases by status or by officer, most urgent deadline first. */
export class AddCaseSummaryWorkQueueIndexes1795420860000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    const table = inSchema(runner, 'case_summary');
    await runner.query(`CREATE INDEX case_summary_status_due_at_idx ON ${table} (status, due_at)`);
    await runner.query(`CREATE INDEX case_summary_assignee_due_at_idx ON ${table} (assignee, due_at)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX ${inSchema(runner, 'case_summary_assignee_due_at_idx')}`);
    await runner.query(`DROP INDEX ${inSchema(runner, 'case_summary_status_due_at_idx')}`);
  }
}
