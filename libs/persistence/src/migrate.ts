import type { DataSource } from 'typeorm';
import { createDataSource } from './data-source';

/**
 * Creates the data source's schema if missing and applies pending migrations in one transaction;
 * returns the names applied. An advisory lock per schema lets several processes boot at once
 * (API and projector both migrate in dev) without racing on the same DDL.
 */
export async function migrate(dataSource: DataSource): Promise<string[]> {
  const schema = dataSource.driver.schema ?? 'public';
  const lock = dataSource.createQueryRunner();
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock(hashtext($1))', [`entente-migrations:${schema}`]);
    await lock.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    const applied = await dataSource.runMigrations({ transaction: 'all' });
    return applied.map((migration) => migration.name);
  } finally {
    await lock.query('SELECT pg_advisory_unlock(hashtext($1))', [`entente-migrations:${schema}`]);
    await lock.release();
  }
}

export async function runMigrations(databaseUrl: string, schema = 'public'): Promise<string[]> {
  const dataSource = await createDataSource({ databaseUrl, schema }).initialize();
  try {
    return await migrate(dataSource);
  } finally {
    await dataSource.destroy();
  }
}
