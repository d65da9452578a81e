import type { QueryRunner } from 'typeorm';

/**
 * `"schema"."name"` for the schema the data source was opened on. Migrations name it rather than
 * trusting search_path, because tests and the auditors' rebuilds migrate fresh, non-public schemas.
 */
export function inSchema(runner: QueryRunner, name: string): string {
  return `"${runner.connection.driver.schema ?? 'public'}"."${name}"`;
}
