import type { QueryRunner } from 'typeorm';
import { inSchema } from '../migrations/in-schema';

/**
 * The PostgreSQL roles the migrations grant to, one per process (docs/architecture.md#postgresql-roles).
 * Their names are part of the schema, like a table's: a deployment creates them once (the local
 * profiles through infra/postgres/roles.js), and a process logs in as one of them or as a member.
 * The migration role that runs the migrations owns every table and needs no grant.
 */
export const PROCESS_ROLES = {
  api: 'entente_api',
  projector: 'entente_projector',
  worker: 'entente_worker',
  /** The console's backend-for-frontend: its own sessions, nothing of the cases (it reads them through the API). */
  console: 'entente_console',
  /** The notifier (issue 16): the staff directory and the read models' team, and its own outbox. */
  notifier: 'entente_notifier',
} as const;

export type ProcessRole = keyof typeof PROCESS_ROLES;

export type TablePrivilege = 'SELECT' | 'INSERT' | 'UPDATE' | 'DELETE';

/** What each process may do on one table; a process left out may do nothing there. */
export type TableGrants = Partial<Readonly<Record<ProcessRole, readonly TablePrivilege[]>>>;

function schemaOf(runner: QueryRunner): string {
  return `"${runner.connection.driver.schema ?? 'public'}"`;
}

/** Gives each named process exactly `grants` on `table`, whatever it held before. */
export async function grantOnTable(runner: QueryRunner, table: string, grants: TableGrants): Promise<void> {
  for (const process of Object.keys(PROCESS_ROLES) as ProcessRole[]) {
    await runner.query(`REVOKE ALL ON ${inSchema(runner, table)} FROM ${PROCESS_ROLES[process]}`);
    const privileges = grants[process] ?? [];
    if (privileges.length > 0)
      await runner.query(`GRANT ${privileges.join(', ')} ON ${inSchema(runner, table)} TO ${PROCESS_ROLES[process]}`);
  }
}

/** Lets every process name the schema's objects; what it may do with each is granted per table. */
export async function grantSchemaUsage(runner: QueryRunner, processes = Object.keys(PROCESS_ROLES) as ProcessRole[]): Promise<void> {
  await runner.query(`GRANT USAGE ON SCHEMA ${schemaOf(runner)} TO ${rolesOf(processes)}`);
}

export async function revokeSchemaUsage(runner: QueryRunner, processes = Object.keys(PROCESS_ROLES) as ProcessRole[]): Promise<void> {
  await runner.query(`REVOKE USAGE ON SCHEMA ${schemaOf(runner)} FROM ${rolesOf(processes)}`);
}

const rolesOf = (processes: readonly ProcessRole[]) => processes.map((process) => PROCESS_ROLES[process]).join(', ');

/**
 * Tables created later in the schema by the migration role are readable by the API (it reads the
 * read models) and by no one else, and writable by no process until their migration grants it:
 * a forgotten grant fails loudly in the tests instead of leaving a table open.
 */
export async function setDefaultTablePrivileges(runner: QueryRunner, grant: boolean): Promise<void> {
  const [verb, preposition] = grant ? ['GRANT', 'TO'] : ['REVOKE', 'FROM'];
  await runner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA ${schemaOf(runner)} ${verb} SELECT ON TABLES ${preposition} ${PROCESS_ROLES.api}`);
}
