import type { CaseType } from '@entente/contracts';
import { seedBilateralProjects } from './bilateral-project.examples';
import { seedCallsForProposals } from './call-for-proposals.examples';
import { seedComplaints } from './complaint.examples';
import { seedCooperationEngagements } from './cooperation-engagement.examples';
import { seedEmailRequests } from './email-request.examples';
import { seedInternshipApplications } from './internship-application.examples';
import { seedPremierMissions } from './premier-mission.examples';
import type { SeedClient } from './seed-client';
import { seedTelephoneInquiries } from './telephone-inquiry.examples';

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

/** Seeds every case type through the API; `progress` hears of each case type done. */
export async function seedAllExamples(
  client: SeedClient,
  progress: (caseType: CaseType, cases: readonly string[], done: string) => void = () => undefined,
): Promise<Record<CaseType, string[]>> {
  const seeded: Partial<Record<CaseType, string[]>> = {};
  const seeders = Object.entries(SEEDERS) as [CaseType, (client: SeedClient) => Promise<string[]>][];
  for (const [index, [caseType, seedCaseType]] of seeders.entries()) {
    seeded[caseType] = await seedCaseType(client);
    progress(caseType, seeded[caseType], `${index + 1}/${seeders.length}`);
  }
  return seeded as Record<CaseType, string[]>;
}
