import type { CaseType } from '@entente/contracts';
import { jsonLogger } from '@entente/platform';
import { ApiConfig } from '../../config/api.config';
import { seedBilateralProjects } from './bilateral-project.examples';
import { seedCallsForProposals } from './call-for-proposals.examples';
import { seedComplaints } from './complaint.examples';
import { seedCooperationEngagements } from './cooperation-engagement.examples';
import { seedEmailRequests } from './email-request.examples';
import { seedInternshipApplications } from './internship-application.examples';
import { seedPremierMissions } from './premier-mission.examples';
import { SeedClient } from './seed-client';
import { seedTelephoneInquiries } from './telephone-inquiry.examples';

/*
 * `npm start` runs this once the apps are up: realistic cases of every case type at different
 * points of their clocks, sent through the running API like any client would, so the work queue
 * and the compliance report have something to show. Skipped when the read model already holds
 * cases, so a second `npm start` adds nothing.
 */

const log = jsonLogger('seed-examples');
const client = new SeedClient(new ApiConfig(process.env));

/** Every case type's examples, seeded in this order: a case type missing here fails the build. */
const SEEDERS: Readonly<Record<CaseType, (client: SeedClient) => Promise<string[]>>> = {
  'email-request': seedEmailRequests,
  'internship-application': seedInternshipApplications,
  'call-for-proposals': seedCallsForProposals,
  'premier-mission': seedPremierMissions,
  'bilateral-project': seedBilateralProjects,
  'cooperation-engagement': seedCooperationEngagements,
  complaint: seedComplaints,
  'telephone-inquiry': seedTelephoneInquiries,
};

async function seed(): Promise<void> {
  const { total } = await client.call<{ total: number }>('GET', '/cases?pageSize=1', 'auditor', 'seed-check');
  if (total > 0) return log.info('examples already present', { total });
  const seeders = Object.entries(SEEDERS);
  for (const [index, [caseType, seedCaseType]] of seeders.entries()) {
    const cases = await seedCaseType(client);
    log.info('examples seeded', { caseType, cases: cases.length, progress: `${index + 1}/${seeders.length}` });
  }
}

seed().catch((error: unknown) => {
  log.error('seeding failed', { error: error instanceof Error ? error.message : String(error) });
  process.exit(1);
});
