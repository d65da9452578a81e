import { daysAgo, type SeedClient } from './seed-client';

/** Complaints to the Secretary General at different points of their fifteen-working-day clock. */
interface ExampleComplaint {
  readonly complaint: object;
  readonly receivedDaysAgo: number;
  readonly assignTo?: string;
  readonly findings?: { findings: string; conclusion: 'founded' | 'partly-founded' | 'unfounded' };
  readonly answer?: string;
  readonly closeAs?: { reason: 'withdrawn' | 'not-a-complaint'; explanation: string };
}

const EXAMPLE_COMPLAINTS: readonly ExampleComplaint[] = [
  {
    // Answered in time, after an inquiry that found the complaint founded.
    complaint: {
      complainant: { name: 'Pierre Nadeau', postalAddress: '2450, chemin Sainte-Foy, Québec (Québec) G1V 1T2' },
      channel: 'letter',
      subject: 'Aucune réponse à mon courriel sur l’aide à l’action humanitaire',
      details:
        "J'ai écrit au Ministère il y a trois semaines au sujet de la grille d'évaluation du Programme d'aide à l'action humanitaire et n'ai reçu aucune réponse.",
      concern: {
        kind: 'standard-not-applied',
        service: 'Demandes de renseignements par courriel',
        standardId: 'email-information-request',
      },
    },
    receivedDaysAgo: 12,
    assignTo: 'marc.bouchard',
    findings: {
      findings: 'Le courriel a été classé comme indésirable par la passerelle et n’a jamais été assigné.',
      conclusion: 'founded',
    },
    answer: 'Monsieur Nadeau, nous vous présentons nos excuses; vous trouverez ci-joint la grille d’évaluation demandée.',
  },
  {
    // Never answered: past its due instant, escalated to the Secretary General.
    complaint: {
      complainant: {
        name: 'Karine Lévesque',
        email: 'k.levesque@exportateurs.example',
        postalAddress: '800, rue du Square-Victoria, Montréal (Québec) H4Z 1A1',
      },
      channel: 'letter',
      subject: 'Services logistiques de la mission du premier ministre au Japon',
      details:
        "Notre entreprise a participé à la mission au Japon. Les rencontres d'affaires promises n'ont pas été organisées et nos messages au Bureau des missions sont restés sans suite.",
      concern: { kind: 'service-quality', service: 'Bureau des missions' },
    },
    receivedDaysAgo: 30,
    assignTo: 'julie.cote',
    findings: {
      findings: 'Deux des cinq rencontres prévues ont été annulées par les hôtes sans que l’entreprise en soit avisée.',
      conclusion: 'partly-founded',
    },
  },
  {
    // Near its due date: the assignee has been warned.
    complaint: {
      complainant: { name: 'Samuel Okafor', email: 's.okafor@mcgill.example' },
      channel: 'e-mail',
      subject: "Réponse d'admissibilité au programme de stages dans les OIG",
      details: "J'ai déposé ma candidature officiellement il y a plus de deux semaines et n'ai reçu aucune réponse sur mon admissibilité.",
      concern: {
        kind: 'standard-not-applied',
        service: 'Programme de stages dans les organisations internationales gouvernementales',
        standardId: 'internship-eligibility-reply',
      },
    },
    receivedDaysAgo: 19,
    assignTo: 'marc.bouchard',
  },
  {
    // Received yesterday, not yet assigned.
    complaint: {
      complainant: { name: 'Nadia Benali', email: 'nadia.benali@example.org' },
      channel: 'e-mail',
      subject: 'Accueil au téléphone',
      details: "Lors de mon appel au bureau de Montréal, on m'a transférée trois fois sans me donner le nom de la personne à joindre.",
      concern: { kind: 'service-quality', service: 'Renseignements téléphoniques (Montréal)' },
    },
    receivedDaysAgo: 1,
  },
  {
    // Withdrawn: closed without an answer, its clock cancelled.
    complaint: {
      complainant: { name: 'Jean-François Roy', email: 'jf.roy@cegep-levis.example' },
      channel: 'e-mail',
      subject: 'Délai d’analyse de notre projet Québec–Bavière',
      details:
        "Nous attendons toujours le résultat de l'analyse de notre projet de coopération, alors que les négociations sont terminées.",
      concern: { kind: 'service-quality', service: 'Coopération bilatérale' },
    },
    receivedDaysAgo: 5,
    assignTo: 'julie.cote',
    closeAs: {
      reason: 'withdrawn',
      explanation: 'Le résultat est parvenu au cégep le lendemain; M. Roy a retiré sa plainte par téléphone.',
    },
  },
];

/** One example through the API, in the order staff would have acted; returns its case id. */
async function play(client: SeedClient, example: ExampleComplaint): Promise<string> {
  const receivedAt = daysAgo(example.receivedDaysAgo);
  const { caseId } = await client.post('/complaints', 'intake-officer', 'ines.tremblay', { ...example.complaint, receivedAt });
  const officer = example.assignTo ?? '';
  const work = (action: string, body: object) => client.post(`/complaints/${caseId}/${action}`, 'case-officer', officer, body);
  if (example.assignTo) await client.post(`/complaints/${caseId}/assign`, 'secretary-general', 'helene.morin', { officerId: officer });
  if (example.findings) await work('findings', example.findings);
  if (example.answer) await work('answer', { answer: example.answer });
  if (example.closeAs) await work('close', example.closeAs);
  return caseId;
}

export async function seedComplaints(client: SeedClient): Promise<string[]> {
  const cases: string[] = [];
  for (const example of EXAMPLE_COMPLAINTS) cases.push(await play(client, example));
  return cases;
}
