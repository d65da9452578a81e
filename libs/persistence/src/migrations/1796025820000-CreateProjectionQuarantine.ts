import type { MigrationInterface, QueryRunner } from 'typeorm';
import { grantOnTable } from '../roles/process-roles';
import { inSchema } from './in-schema';

/**
 * The messages a projection set aside instead of stopping its partition (issue 17, ADR 0025).
 * Only the projector reads them: a message as received may hold personal information. It
 * deletes a row once a re-drive has resolved it; nothing else ever changes one.
 */
export class CreateProjectionQuarantine1796025820000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE ${inSchema(runner, 'projection_quarantine')} (
        projection     text        NOT NULL,
        topic          text        NOT NULL,
        partition      integer     NOT NULL,
        kafka_offset   bigint      NOT NULL,
        message_key    bytea       NULL,
        message_value  bytea       NULL,
        case_id        text        NULL,
        sequence       integer     NULL,
        reason         text        NOT NULL,
        quarantined_at timestamptz NOT NULL,
        CONSTRAINT projection_quarantine_pkey PRIMARY KEY (projection, topic, partition, kafka_offset)
      )`);
    await runner.query(`CREATE INDEX projection_quarantine_case_idx ON ${inSchema(runner, 'projection_quarantine')} (projection, case_id)`);
    await grantOnTable(runner, 'projection_quarantine', { projector: ['SELECT', 'INSERT', 'DELETE'] });
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE ${inSchema(runner, 'projection_quarantine')}`);
  }
}
