import type { MigrationInterface, QueryRunner } from 'typeorm';
import { grantOnTable, grantSchemaUsage, revokeSchemaUsage, setDefaultTablePrivileges, type TableGrants } from '../roles/process-roles';

/**
 * Least privilege (docs/architecture.md#postgresql-roles): the projector writes the read models
 * and appends to `case_event`, which it never updates; the API reads them and writes only what
 * administrators publish; the worker reads what it plans clocks on. No process may delete,
 * truncate or change the schema: the migration role owns every table.
 */
const GRANTS: Readonly<Record<string, TableGrants>> = {
  case_summary: { api: ['SELECT'], projector: ['SELECT', 'INSERT', 'UPDATE'] },
  case_event: { api: ['SELECT'], projector: ['SELECT', 'INSERT'] },
  service_clock: { api: ['SELECT'], projector: ['SELECT', 'INSERT', 'UPDATE'], worker: ['SELECT'] },
  projection_checkpoint: { projector: ['SELECT', 'INSERT', 'UPDATE'] },
  service_standard_version: { api: ['SELECT', 'INSERT'], worker: ['SELECT'] },
  calendar_version: { api: ['SELECT', 'INSERT'], worker: ['SELECT'] },
};

export class GrantProcessRoles1795766400000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await grantSchemaUsage(runner);
    for (const [table, grants] of Object.entries(GRANTS)) await grantOnTable(runner, table, grants);
    await setDefaultTablePrivileges(runner, true);
  }

  async down(runner: QueryRunner): Promise<void> {
    await setDefaultTablePrivileges(runner, false);
    for (const table of Object.keys(GRANTS)) await grantOnTable(runner, table, {});
    await revokeSchemaUsage(runner);
  }
}
