import { daysAgo, type SeedClient } from './seed-client';

/** Cooperation agreements Québec has signed with foreign governments, and the partner that signed each. */
const BAVARIA = { title: 'Québec–Bavaria Cooperation Agreement', partnerGovernment: 'Free State of Bavaria' };
const WALLONIA_BRUSSELS = { title: 'Wallonia-Brussels–Québec Cooperation Agreement', partnerGovernment: 'Wallonia-Brussels Federation' };
const FRANCE = {
  title: 'Franco-Québec Cooperation Agreement (Commission permanente de coopération franco-québécoise)',
  partnerGovernment: 'French Republic',
};

/** Projects submitted by Québec cégeps and universities, each under one of the agreements. */
const PROJECTS = [
  {
    institution: {
      name: 'Cégep de Saint-Félicien',
      contactName: 'Geneviève Bouchard',
      email: 'genevieve.bouchard@cstfelicien.example',
    },
    agreement: BAVARIA,
    title: 'Trainer exchange in sustainable forest management',
    summary: 'Two missions of forestry trainers between Saint-Félicien and the Weihenstephan-Triesdorf University of Applied Sciences.',
    sector: 'Environment and sustainable development',
    requestedSupport: { description: 'Travel costs of two trainer missions and liaison with the Bavarian ministry', amountCad: 18000 },
  },
  {
    institution: { name: 'Université de Sherbrooke', contactName: 'Marc-André Lefebvre', email: 'ma.lefebvre@usherbrooke.example' },
    agreement: WALLONIA_BRUSSELS,
    title: 'Joint summer school on water resources engineering',
    summary: 'A two-week summer school held alternately in Sherbrooke and Liège for graduate students of both universities.',
    sector: 'Higher education and research',
    requestedSupport: { description: 'Student mobility grants and logistics of the Liège session', amountCad: 24500 },
  },
  {
    institution: { name: 'Université Laval', contactName: 'Isabelle Gagné', email: 'isabelle.gagne@ulaval.example' },
    agreement: FRANCE,
    title: 'Franco-Québec research network on parliamentary institutions',
    summary: 'Seminars between Université Laval’s Research Chair on Democracy and Parliamentary Institutions and Sciences Po Bordeaux.',
    sector: 'Governance and democratic institutions',
    requestedSupport: { description: 'Two seminars and the publication of their proceedings', amountCad: 15000 },
  },
  {
    institution: { name: 'Cégep de Matane', contactName: null, email: 'international@cegep-matane.example' },
    agreement: WALLONIA_BRUSSELS,
    title: 'Co-production of digital animation between Matane and Mons students',
    summary: 'Mixed student teams produce a short animated film across both schools over one semester.',
    sector: 'Culture and creative industries',
    requestedSupport: {
      description: 'Liaison with the Mons school and the Wallonia-Brussels delegation; no funding asked',
      amountCad: null,
    },
  },
  {
    institution: {
      name: 'Université du Québec à Chicoutimi',
      contactName: 'Pierre Tremblay',
      email: 'pierre.tremblay@uqac.example',
    },
    agreement: FRANCE,
    title: 'Aluminium recycling pilot with a French technical university',
    summary: 'A pilot line for recycling aluminium scrap, designed with the Université de technologie de Compiègne.',
    sector: 'Economy and innovation',
    requestedSupport: { description: 'Equipment for the pilot line', amountCad: 240000 },
  },
  {
    institution: { name: 'Cégep de Jonquière', contactName: 'Sarah Côté', email: 'sarah.cote@cegepjonquiere.example' },
    agreement: BAVARIA,
    title: 'Exchange of journalism students with the Deutsche Journalistenschule',
    summary: 'Four journalism students of each school spend a term in the other’s newsroom.',
    sector: 'Education and youth',
    requestedSupport: { description: 'Housing of the Bavarian students in Saguenay', amountCad: 9600 },
  },
] as const;

const OFFICERS = ['marc.bouchard', 'julie.cote'] as const;

export async function seedBilateralProjects(client: SeedClient): Promise<string[]> {
  const submit = async (index: number, submittedDaysAgo: number) =>
    (
      await client.post('/bilateral-projects', 'intake-officer', 'ines.tremblay', {
        ...PROJECTS[index],
        submittedAt: daysAgo(submittedDaysAgo),
      })
    ).caseId;
  /** Submitted, assigned, and negotiated from `startedDaysAgo` (a round halfway), ended `endedDaysAgo` unless null. */
  const negotiate = async (index: number, officer: string, startedDaysAgo: number, endedDaysAgo: number | null) => {
    const caseId = await submit(index, startedDaysAgo + 14);
    await client.post(`/bilateral-projects/${caseId}/assign`, 'supervisor', 'sophie.gagnon', { officerId: officer });
    const step = (action: string, body: object) => client.post(`/bilateral-projects/${caseId}/${action}`, 'case-officer', officer, body);
    await step('negotiations/start', { startedAt: daysAgo(startedDaysAgo), notes: 'Presented at the joint commission' });
    const roundDaysAgo = (startedDaysAgo + (endedDaysAgo ?? 0)) / 2;
    await step('negotiations/round', {
      heldAt: daysAgo(roundDaysAgo),
      notes: 'Video conference with the partner ministry: budget split agreed.',
    });
    if (endedDaysAgo !== null) await step('negotiations/end', { endedAt: daysAgo(endedDaysAgo) });
    return { caseId, step };
  };

  // Deployed: notified within the standard, supported, then deployed (support and deployment follow the notification: now).
  const deployed = await negotiate(0, OFFICERS[0], 45, 12);
  await deployed.step('analysis-result', { result: 'accepted', conditions: ['Final report within 60 days of the last mission'] });
  await deployed.step('deployment-support', { description: 'Mission letters sent to the Bavarian State Chancellery' });
  await deployed.step('deployed', { report: 'First trainer mission held in Freising.' });
  // Accepted late (the clock breached first), now in deployment with operational support.
  const supported = await negotiate(1, OFFICERS[1], 70, 40);
  await supported.step('analysis-result', { result: 'accepted', conditions: [] });
  await supported.step('deployment-support', { description: 'Introductions made with the Wallonia-Brussels delegation in Québec' });
  // Negotiations ended five weeks ago and the institution never notified: overdue, escalated to a supervisor.
  const overdue = await negotiate(2, OFFICERS[0], 70, 35);
  // Still in negotiation with the foreign partners.
  const negotiating = await negotiate(3, OFFICERS[1], 15, null);
  // Refused: notified within the standard.
  const refused = await negotiate(4, OFFICERS[0], 40, 8);
  await refused.step('analysis-result', {
    result: 'refused',
    reasons: ['The equipment asked for falls outside the agreement’s cooperation budget'],
  });
  // Submitted yesterday, not yet assigned.
  const fresh = await submit(5, 1);
  return [deployed.caseId, supported.caseId, overdue.caseId, negotiating.caseId, refused.caseId, fresh];
}
