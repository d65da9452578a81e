import type { MigrationInterface, QueryRunner } from 'typeorm';
import { inSchema } from './in-schema';

/** Standards revised by administrators; the primary key refuses two publications of one version. */
export class CreateServiceStandardVersion1795507320000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE ${inSchema(runner, 'service_standard_version')} (
        standard_id    text        NOT NULL,
        version        integer     NOT NULL,
        effective_from text        NOT NULL,
        definition     jsonb       NOT NULL,
        published_at   timestamptz NOT NULL,
        published_by   text        NOT NULL,
        CONSTRAINT service_standard_version_pkey PRIMARY KEY (standard_id, version)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE ${inSchema(runner, 'service_standard_version')}`);
  }
}
