import type { MigrationInterface, QueryRunner } from 'typeorm';
import { grantOnTable } from '../roles/process-roles';
import { inSchema } from './in-schema';

/**
 * Legal holds, and erasure moved to the worker (docs/adr/0017). The API places and lifts holds
 * (it updates a row only to lift it) and reads them before an erasure. The erasure workflow
 * destroys the case's key, so the worker, not the API, may now delete a wrapped key.
 */
export class CreateLegalHold1796025600000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE ${inSchema(runner, 'legal_hold')} (
        id            uuid        NOT NULL DEFAULT gen_random_uuid(),
        case_id       text        NOT NULL,
        kind          text        NOT NULL,
        reason        text        NOT NULL,
        placed_by     text        NOT NULL,
        placed_at     timestamptz NOT NULL,
        lifted_by     text,
        lifted_reason text,
        lifted_at     timestamptz,
        CONSTRAINT legal_hold_pkey PRIMARY KEY (id)
      )`);
    await runner.query(`CREATE INDEX legal_hold_standing ON ${inSchema(runner, 'legal_hold')} (case_id) WHERE lifted_at IS NULL`);
    await grantOnTable(runner, 'legal_hold', { api: ['SELECT', 'INSERT', 'UPDATE'], worker: ['SELECT'] });
    await grantOnTable(runner, 'case_data_key', { api: ['SELECT', 'INSERT'], worker: ['SELECT', 'INSERT', 'DELETE'] });
  }

  async down(runner: QueryRunner): Promise<void> {
    await grantOnTable(runner, 'case_data_key', { api: ['SELECT', 'INSERT', 'DELETE'], worker: ['SELECT', 'INSERT'] });
    await runner.query(`DROP TABLE ${inSchema(runner, 'legal_hold')}`);
  }
}
