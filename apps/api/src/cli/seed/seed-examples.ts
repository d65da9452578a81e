import { jsonLogger } from '@entente/platform';
import { ApiConfig } from '../../config/api.config';
import { seedAllExamples } from './seed-all';
import { SeedClient } from './seed-client';

/*
 * `npm start` runs this once the apps are up: realistic cases of every case type at different
 * points of their clocks, sent through the running API like any client would, so the work queue
 * and the compliance report have something to show. Skipped when the read model already holds
 * cases, so a second `npm start` adds nothing.
 */

const log = jsonLogger('seed-examples');
const client = new SeedClient(new ApiConfig(process.env));

async function seed(): Promise<void> {
  const { total } = await client.call<{ total: number }>('GET', '/cases?pageSize=1', 'auditor', 'seed-check');
  if (total > 0) return log.info('examples already present', { total });
  await seedAllExamples(client, (caseType, cases, progress) => log.info('examples seeded', { caseType, cases: cases.length, progress }));
}

seed().catch((error: unknown) => {
  log.error('seeding failed', { error: error instanceof Error ? error.message : String(error) });
  process.exit(1);
});
