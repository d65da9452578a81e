import type { MigrationInterface, QueryRunner } from 'typeorm';
import { grantOnTable } from '../roles/process-roles';
import { inSchema } from './in-schema';

/** The case keys' grants as the legal hold left them (1796025600000). */
const KEY_GRANTS = { api: ['SELECT', 'INSERT'], worker: ['SELECT', 'INSERT', 'DELETE'] } as const;

/**
 * Messages to a mission's participants (issue 16): outside the staff directory, the outbox row
 * keeps the address and name the event carried, sealed with the case's key as the event had them,
 * so an erasure (the key destroyed) leaves nothing readable; the notifier reads the case keys to open them.
 */
export class AddParticipantRecipients1796025790000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      `ALTER TABLE ${inSchema(runner, 'notification_outbox')} ADD COLUMN address text NULL, ADD COLUMN recipient_name text NULL`,
    );
    await grantOnTable(runner, 'case_data_key', { ...KEY_GRANTS, notifier: ['SELECT'] });
  }

  async down(runner: QueryRunner): Promise<void> {
    await grantOnTable(runner, 'case_data_key', KEY_GRANTS);
    await runner.query(`ALTER TABLE ${inSchema(runner, 'notification_outbox')} DROP COLUMN address, DROP COLUMN recipient_name`);
  }
}
