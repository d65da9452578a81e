import type { MigrationInterface, QueryRunner } from 'typeorm';
import { grantOnTable, grantSchemaUsage, revokeSchemaUsage } from '../roles/process-roles';
import { inSchema } from './in-schema';

/**
 * The notifier's tables (issue 16): its outbox, one row per event and recipient, and the staff
 * directory it writes to. A case's team is its case type's (`CASE_TYPE_TEAMS`): the notifier reads no read model.
 */
export class CreateNotificationTables1796025780000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await grantSchemaUsage(runner, ['notifier']);
    await runner.query(`
      CREATE TABLE ${inSchema(runner, 'staff_contact')} (
        id       text NOT NULL,
        name     text NOT NULL,
        email    text NOT NULL,
        role     text NOT NULL,
        teams    text[] NOT NULL,
        language text NOT NULL,
        delivery text NOT NULL,
        CONSTRAINT staff_contact_pkey PRIMARY KEY (id)
      )`);
    await runner.query(`
      CREATE TABLE ${inSchema(runner, 'notification_outbox')} (
        event_id        text NOT NULL,
        recipient_id    text NOT NULL,
        case_id         text NOT NULL,
        case_type       text NOT NULL,
        kind            text NOT NULL,
        immediate       boolean NOT NULL,
        due_at          timestamptz NULL,
        message_id      text NOT NULL,
        created_at      timestamptz NOT NULL DEFAULT now(),
        attempts        integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        sent_at         timestamptz NULL,
        failed_at       timestamptz NULL,
        last_error      text NULL,
        CONSTRAINT notification_outbox_pkey PRIMARY KEY (event_id, recipient_id)
      )`);
    await grantOnTable(runner, 'staff_contact', { api: ['SELECT'], notifier: ['SELECT'] });
    await grantOnTable(runner, 'notification_outbox', { api: ['SELECT'], notifier: ['SELECT', 'INSERT', 'UPDATE'] });
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE ${inSchema(runner, 'notification_outbox')}`);
    await runner.query(`DROP TABLE ${inSchema(runner, 'staff_contact')}`);
    await revokeSchemaUsage(runner, ['notifier']);
  }
}
