import { dataSourceOptions } from './data-source';
import { MIGRATIONS } from './migrations';

describe('data source options', () => {
  it('uses the public schema unless told otherwise, and never synchronizes', () => {
    expect(dataSourceOptions({ databaseUrl: 'postgres://x' })).toMatchObject({
      schema: 'public',
      synchronize: false,
      migrationsRun: false,
    });
    expect(dataSourceOptions({ databaseUrl: 'postgres://x', schema: 't_projector_1a2b' }).schema).toBe('t_projector_1a2b');
  });

  it.each(['Public', 'a-b', 'x"; DROP SCHEMA public; --', ''])('refuses the schema name %j', (schema) => {
    expect(() => dataSourceOptions({ databaseUrl: 'postgres://x', schema })).toThrow('invalid schema name');
  });

  it('lists migrations in timestamp order, each named after its class', () => {
    const stamps = MIGRATIONS.map((migration) => Number(migration.name.slice(-13)));
    expect(stamps).toEqual([...stamps].sort((a, b) => a - b));
  });
});
