import type { MigrationInterface, QueryRunner } from 'typeorm';
import { inSchema } from './in-schema';

/**
 * A message the mail server took may come back later as a delivery status notification (issue 16,
 * ADR 0028): the row keeps when and with which status, and the notifier finds it by its
 * Message-ID, which the return path carries.
 */
export class RecordBounces1796025830000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    const outbox = inSchema(runner, 'notification_outbox');
    await runner.query(`ALTER TABLE ${outbox} ADD COLUMN bounced_at timestamptz NULL, ADD COLUMN bounce_status text NULL`);
    await runner.query(`CREATE INDEX notification_outbox_message_id_idx ON ${outbox} (message_id)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const outbox = inSchema(runner, 'notification_outbox');
    await runner.query(`DROP INDEX ${inSchema(runner, 'notification_outbox_message_id_idx')}`);
    await runner.query(`ALTER TABLE ${outbox} DROP COLUMN bounced_at, DROP COLUMN bounce_status`);
  }
}
