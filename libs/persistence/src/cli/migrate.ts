import { enginesConfig, jsonLogger, text } from '@entente/platform';
import { runMigrations } from '../migrate';

/** `npm run migration:run`: migrates DATABASE_URL's DATABASE_SCHEMA (default public). */
const log = jsonLogger('migrate');

async function main(): Promise<void> {
  const { databaseUrl } = enginesConfig(process.env);
  const schema = text(process.env, 'DATABASE_SCHEMA', 'public');
  const applied = await runMigrations(databaseUrl, schema);
  log.info('migrations applied', { schema, applied });
}

main().catch((error: unknown) => {
  log.error('migrations failed', { error: error instanceof Error ? error.message : String(error) });
  process.exitCode = 1;
});
