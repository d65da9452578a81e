import type { MigrationInterface, QueryRunner } from 'typeorm';
import { grantOnTable } from '../roles/process-roles';
import { inSchema } from './in-schema';

/**
 * The blind index (docs/adr/0019): the worker writes a case's digests as it seals its events and
 * deletes them when it erases the case; the API searches it for a privacy officer.
 */
export class CreatePersonIndex1796025720000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE ${inSchema(runner, 'person_index')} (
        case_id   text NOT NULL,
        kind      text NOT NULL,
        digest    text NOT NULL,
        case_type text NOT NULL,
        CONSTRAINT person_index_pkey PRIMARY KEY (case_id, kind, digest)
      )`);
    await runner.query(`CREATE INDEX person_index_digest ON ${inSchema(runner, 'person_index')} (digest)`);
    await grantOnTable(runner, 'person_index', { api: ['SELECT'], worker: ['SELECT', 'INSERT', 'DELETE'] });
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE ${inSchema(runner, 'person_index')}`);
  }
}
