import { developmentDefault, text } from './settings';

/**
 * Who a process is in PostgreSQL. DATABASE_URL says where the database is (and, for migrations
 * and the auditors' rebuild, carries the migration role that owns the tables); each process
 * connects as its own role, which may do only what that process needs (docs/architecture.md#postgresql-roles).
 * The development password is the role's name, as infra/postgres/roles.js creates it; in
 * production the password has no default, and the role's name is refused.
 */
export function databaseRoleSettings(process: 'API' | 'PROJECTOR' | 'WORKER' | 'CONSOLE' | 'NOTIFIER', role: string) {
  return {
    databaseUser: text(`${process}_DATABASE_USER`, role),
    databasePassword: developmentDefault(text(`${process}_DATABASE_PASSWORD`, role)),
  };
}

export interface DatabaseRole {
  readonly databaseUrl: string;
  readonly databaseUser: string;
  readonly databasePassword: string;
}

/** DATABASE_URL with the process's own role in place of whatever credentials it carries. */
export function connectionUrlOf({ databaseUrl, databaseUser, databasePassword }: DatabaseRole): string {
  const url = new URL(databaseUrl);
  url.username = encodeURIComponent(databaseUser);
  url.password = encodeURIComponent(databasePassword);
  return url.toString();
}
