import type { MigrationInterface, QueryRunner } from 'typeorm';
import { grantOnTable } from '../roles/process-roles';
import { inSchema } from './in-schema';

/**
 * Each case's wrapped data key (docs/adr/0015). The API and the worker seal Temporal payloads with
 * it, so both create and read keys; only the API deletes one (an erasure); the projector never
 * needs one.
 */
export class CreateCaseDataKey1795852800000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE ${inSchema(runner, 'case_data_key')} (
        case_id     text        NOT NULL,
        wrapped_key bytea       NOT NULL,
        created_at  timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT case_data_key_pkey PRIMARY KEY (case_id)
      )`);
    await grantOnTable(runner, 'case_data_key', { api: ['SELECT', 'INSERT', 'DELETE'], worker: ['SELECT', 'INSERT'] });
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE ${inSchema(runner, 'case_data_key')}`);
  }
}
