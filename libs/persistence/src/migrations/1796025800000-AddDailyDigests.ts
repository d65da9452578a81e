import type { MigrationInterface, QueryRunner } from 'typeorm';
import { grantOnTable } from '../roles/process-roles';
import { inSchema } from './in-schema';

/**
 * The daily digest (issue 16): a digest is an outbox row of its own (no case: it gathers several),
 * and each message that waited for it names it. The worker gathers them, in the digest workflow's
 * activity, on working days at 8:30; the notifier sends them like any row.
 */
export class AddDailyDigests1796025800000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    const outbox = inSchema(runner, 'notification_outbox');
    await runner.query(`ALTER TABLE ${outbox} ADD COLUMN digest_id text NULL`);
    await runner.query(`ALTER TABLE ${outbox} ALTER COLUMN case_id DROP NOT NULL, ALTER COLUMN case_type DROP NOT NULL`);
    await grantOnTable(runner, 'notification_outbox', {
      api: ['SELECT'],
      notifier: ['SELECT', 'INSERT', 'UPDATE'],
      worker: ['SELECT', 'INSERT', 'UPDATE'],
    });
  }

  async down(runner: QueryRunner): Promise<void> {
    const outbox = inSchema(runner, 'notification_outbox');
    await grantOnTable(runner, 'notification_outbox', { api: ['SELECT'], notifier: ['SELECT', 'INSERT', 'UPDATE'] });
    await runner.query(`DELETE FROM ${outbox} WHERE case_id IS NULL`);
    await runner.query(`ALTER TABLE ${outbox} ALTER COLUMN case_id SET NOT NULL, ALTER COLUMN case_type SET NOT NULL`);
    await runner.query(`ALTER TABLE ${outbox} DROP COLUMN digest_id`);
  }
}
