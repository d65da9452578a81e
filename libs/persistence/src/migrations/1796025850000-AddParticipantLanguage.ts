import type { MigrationInterface, QueryRunner } from 'typeorm';
import { inSchema } from './in-schema';

/**
 * The language a mission participant's contact corresponds in, as the event carried it (not
 * personal: kept clear): their message is written in it alone. Null for staff (their directory
 * entry says) and for participants registered before it was asked (both languages, French first).
 */
export class AddParticipantLanguage1796025850000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE ${inSchema(runner, 'notification_outbox')} ADD COLUMN recipient_language text NULL`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE ${inSchema(runner, 'notification_outbox')} DROP COLUMN recipient_language`);
  }
}
