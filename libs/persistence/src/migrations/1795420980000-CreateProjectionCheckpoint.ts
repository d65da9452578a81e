import type { MigrationInterface, QueryRunner } from 'typeorm';
import { inSchema } from './in-schema';

export class CreateProjectionCheckpoint1795420980000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE ${inSchema(runner, 'projection_checkpoint')} (
        projection  text        NOT NULL,
        topic       text        NOT NULL,
        partition   integer     NOT NULL,
        next_offset bigint      NOT NULL,
        updated_at  timestamptz NOT NULL,
        CONSTRAINT projection_checkpoint_pkey PRIMARY KEY (projection, topic, partition)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE ${inSchema(runner, 'projection_checkpoint')}`);
  }
}
