import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { createDataSource, MIGRATIONS, runMigrations } from '@entente/persistence';
import { enginesConfig } from '@entente/platform';

// The read models' tables come only from migrations; the entities must describe exactly them,
// in whatever schema they are opened on.

describe('read model schema', () => {
  const { databaseUrl } = enginesConfig();
  const schema = `t_read_models_${randomUUID().slice(0, 8)}`;
  let database: DataSource;

  beforeAll(async () => {
    database = await createDataSource({ databaseUrl, schema }).initialize();
  });

  afterAll(async () => {
    await database.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await database.destroy();
  });

  it('creates the schema, applies every migration once, and matches the entities', async () => {
    expect(await runMigrations(databaseUrl, schema)).toEqual(MIGRATIONS.map((migration) => migration.name));
    expect(await runMigrations(databaseUrl, schema)).toEqual([]);
    const pending = await database.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('undoes every migration, leaving only the migrations table', async () => {
    await runMigrations(databaseUrl, schema);
    for (let undone = 0; undone < MIGRATIONS.length; undone++) await database.undoLastMigration();
    const tables = await database.query('SELECT table_name FROM information_schema.tables WHERE table_schema = $1', [schema]);
    expect(tables).toEqual([{ table_name: 'migrations' }]);
  });
});
