import { Client } from 'pg';
import { runMigrations } from '@entente/persistence';
import type { BenchContext } from '../benchmark';

/** The read models' tables in a schema of the run's own, migrated like the projector does; dropped when the benchmark ends. */
export async function migratedSchema(context: Pick<BenchContext, 'run' | 'engines' | 'onEnd'>, name: string): Promise<string> {
  const schema = `bench_${context.run}_${name}`;
  await runMigrations(context.engines.databaseUrl, schema);
  context.onEnd(() => dropSchema(context.engines.databaseUrl, schema));
  return schema;
}

export async function dropSchema(databaseUrl: string, schema: string): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await client.end();
  }
}
