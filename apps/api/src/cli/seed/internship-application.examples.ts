import { daysAgo, type SeedClient } from './seed-client';

/** Master's and doctoral students at different points of the IGO internship programme. */
const CANDIDATES = [
  {
    name: 'Léa Tremblay',
    email: 'lea.tremblay@ulaval.example',
    studyLevel: 'doctorate',
    university: 'Université Laval',
    fieldOfStudy: 'International law',
  },
  {
    name: 'Samuel Okafor',
    email: 's.okafor@mcgill.example',
    studyLevel: 'master',
    university: 'McGill University',
    fieldOfStudy: 'Public health',
  },
  {
    name: 'Camille Roy',
    email: 'camille.roy@umontreal.example',
    studyLevel: 'master',
    university: 'Université de Montréal',
    fieldOfStudy: 'Environmental policy',
  },
  {
    name: 'Nour Haddad',
    email: 'n.haddad@uqam.example',
    studyLevel: 'doctorate',
    university: 'UQAM',
    fieldOfStudy: 'Economics of development',
  },
] as const;

export async function seedInternshipApplications(client: SeedClient): Promise<string[]> {
  const file = (index: number, filedDaysAgo: number, organizations: string[]) =>
    client.post('/internship-applications', 'intake-officer', 'ines.tremblay', {
      candidate: CANDIDATES[index],
      preferredOrganizations: organizations,
      filedAt: daysAgo(filedDaysAgo),
    });
  const step = (caseId: string, action: string, body: object, officer = 'marc.bouchard') =>
    client.post(
      `/internship-applications/${caseId}/${action}`,
      action === 'assign' ? 'supervisor' : 'case-officer',
      action === 'assign' ? 'sophie.gagnon' : officer,
      body,
    );

  // Selected after its interview, every step recorded late at the instant it happened.
  const selected = await file(0, 30, ['UNESCO', 'OECD']);
  await step(selected.caseId, 'assign', { officerId: 'marc.bouchard' });
  await step(selected.caseId, 'eligibility-reply', { decision: 'eligible', sentAt: daysAgo(27) });
  await step(selected.caseId, 'interview', { scheduledFor: daysAgo(20), format: 'video-conference' });
  await step(selected.caseId, 'interview/held', { panel: ['Marc Bouchard', 'Julie Côté'], heldAt: daysAgo(20) });
  await step(selected.caseId, 'final-reply', {
    sentAt: daysAgo(15),
    decision: 'selected',
    organization: 'UNESCO',
    placement: { post: 'Junior programme officer', city: 'Paris', startsOn: '2027-09-01', endsOn: '2028-02-28' },
  });
  // Waiting for its interview.
  const eligible = await file(1, 6, ['WHO']);
  await step(eligible.caseId, 'assign', { officerId: 'julie.cote' });
  await step(eligible.caseId, 'eligibility-reply', { decision: 'eligible' }, 'julie.cote');
  await step(eligible.caseId, 'interview', { scheduledFor: daysAgo(-3), format: 'in-person' }, 'julie.cote');
  // Filed ten days ago, never answered: its eligibility reply is overdue.
  const overdue = await file(2, 10, ['UNEP']);
  // Filed yesterday.
  const fresh = await file(3, 1, ['World Bank', 'IMF']);
  return [selected.caseId, eligible.caseId, overdue.caseId, fresh.caseId];
}
