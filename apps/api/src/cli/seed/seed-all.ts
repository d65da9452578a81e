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

/** Every case type's examples: a case type missing here fails the build. */
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

/**
 * Seeds every case type through the API, the case types side by side (each one's commands in
 * order: an example may name an earlier one); `progress` hears of each case type done.
 */
export async function seedAllExamples(
  client: SeedClient,
  progress: (caseType: CaseType, cases: readonly string[], done: string) => void = () => undefined,
): Promise<Record<CaseType, string[]>> {
  const seeders = Object.entries(SEEDERS) as [CaseType, (client: SeedClient) => Promise<string[]>][];
  let done = 0;
  const seeded = await Promise.all(
    seeders.map(async ([caseType, seedCaseType]) => {
      const cases = await seedCaseType(client);
      progress(caseType, cases, `${++done}/${seeders.length}`);
      return [caseType, cases] as const;
    }),
  );
  return Object.fromEntries(seeded) as Record<CaseType, string[]>;
}
