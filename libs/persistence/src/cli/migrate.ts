import { DATABASE_SETTINGS, jsonLogger, loadConfig } from '@entente/platform';
import { SCHEMA_SETTINGS } from '../data-source';
import { runMigrations } from '../migrate';

/** `npm run migration:run`: migrates DATABASE_URL's DATABASE_SCHEMA (default public). */
const log = jsonLogger('migrate');

async function main(): Promise<void> {
  const { databaseUrl, databaseSchema: schema } = loadConfig({ ...DATABASE_SETTINGS, ...SCHEMA_SETTINGS }, process.env);
  const applied = await runMigrations(databaseUrl, schema);
  log.info('migrations applied', { schema, applied });
}

main().catch((error: unknown) => {
  log.error('migrations failed', { error: error instanceof Error ? error.message : String(error) });
  process.exitCode = 1;
});
