import type { ReplyLanguage } from '@entente/domain';
import { daysAgo, type SeedClient } from './seed-client';

/** Realistic e-mails to the Ministry, at different points of their 4-working-day clock. */
export interface ExampleEmailRequest {
  readonly request: { sender: { name: string; email: string }; subject: string; body: string; replyLanguage: ReplyLanguage };
  readonly receivedDaysAgo: number;
  readonly assignTo?: string;
  readonly answer?: string;
  /** Closed without answer; a duplicate names the example it repeats by its position in this list. */
  readonly closeAs?: { reason: 'duplicate' | 'not-for-ministry' | 'withdrawn'; explanation: string; duplicateOfExample?: number };
}

export const EXAMPLE_EMAIL_REQUESTS: readonly ExampleEmailRequest[] = [
  {
    request: {
      sender: { name: 'Awa Diallo', email: 'awa.diallo@umontreal.example' },
      subject: 'Programme de stages dans les organisations internationales gouvernementales',
      body: "Bonjour, je suis étudiante à la maîtrise en relations internationales. Quels sont les critères d'admissibilité au programme de stages et la date limite de dépôt ?",
      replyLanguage: 'fr',
    },
    receivedDaysAgo: 2,
    assignTo: 'marc.bouchard',
    answer: "Bonjour Mme Diallo, les critères et le calendrier du programme sont joints. Le dépôt se fait en ligne jusqu'au 15 janvier.",
  },
  {
    request: {
      sender: { name: 'Jean-François Roy', email: 'jf.roy@cegep-levis.example' },
      subject: 'Coopération Québec–Bavière : appel de projets en éducation',
      body: "Notre établissement souhaite déposer un projet dans le cadre de l'entente Québec–Bavière. Pourriez-vous nous indiquer la marche à suivre ?",
      replyLanguage: 'fr',
    },
    receivedDaysAgo: 0,
  },
  {
    request: {
      sender: { name: 'Karine Lévesque', email: 'k.levesque@exportateurs.example' },
      subject: 'Mission du premier ministre au Japon : inscription des entreprises',
      body: "Nous aimerions participer à la prochaine mission économique au Japon. Quelles sont les modalités d'inscription et les coûts ?",
      replyLanguage: 'fr',
    },
    receivedDaysAgo: 9,
    assignTo: 'marc.bouchard',
  },
  {
    request: {
      sender: { name: 'Pierre Nadeau', email: 'pierre.nadeau@example.org' },
      subject: 'Action humanitaire : critères de sélection des projets',
      body: "Pouvez-vous préciser la grille d'évaluation utilisée pour le Programme d'aide à l'action humanitaire ?",
      replyLanguage: 'fr',
    },
    receivedDaysAgo: 3,
    assignTo: 'julie.cote',
  },
  {
    request: {
      sender: { name: 'Nadia Benali', email: 'nadia.benali@example.org' },
      subject: 'Québec sans frontières : séjour en Haïti',
      body: "Mon fils souhaite partir avec Québec sans frontières. L'organisme qui coordonne le séjour est-il choisi par le Ministère ?",
      replyLanguage: 'fr',
    },
    receivedDaysAgo: 8,
    assignTo: 'julie.cote',
    answer:
      'Madame Benali, les stages sont déployés et coordonnés par des organismes de coopération internationale québécois sélectionnés par appel de propositions.',
  },
  {
    request: {
      sender: { name: 'Lukas Hofmann', email: 'l.hofmann@tum.example' },
      subject: 'Québec–Bavaria cooperation: joint research project in artificial intelligence',
      body: 'Our laboratory in Munich would like to work with a Québec university under the Québec–Bavaria agreement. Could you tell us how projects are submitted and when the next call opens?',
      replyLanguage: 'en',
    },
    receivedDaysAgo: 1,
    assignTo: 'marc.bouchard',
  },
  {
    request: {
      sender: { name: 'Karine Lévesque', email: 'k.levesque@exportateurs.example' },
      subject: 'Mission du premier ministre au Japon : inscription des entreprises (relance)',
      body: 'Je me permets de relancer ma demande de la semaine dernière au sujet de la mission au Japon.',
      replyLanguage: 'fr',
    },
    receivedDaysAgo: 1,
    closeAs: { reason: 'duplicate', explanation: 'Même demande que le courriel précédent, déjà assigné.', duplicateOfExample: 2 },
  },
];

/** One example through the API, in the order staff would have acted; returns its case id. */
async function play(client: SeedClient, example: ExampleEmailRequest, earlier: readonly string[]): Promise<string> {
  const receivedAt = daysAgo(example.receivedDaysAgo);
  const { caseId } = await client.post('/email-requests', 'intake-officer', 'ines.tremblay', { ...example.request, receivedAt });
  const step = (action: string, role: 'supervisor' | 'case-officer', sub: string, body: object) =>
    client.post(`/email-requests/${caseId}/${action}`, role, sub, body);
  if (example.assignTo) await step('assign', 'supervisor', 'sophie.gagnon', { officerId: example.assignTo });
  if (example.answer) await step('answer', 'case-officer', example.assignTo ?? '', { answer: example.answer });
  if (example.closeAs) {
    const { duplicateOfExample, ...close } = example.closeAs;
    const duplicateOf = duplicateOfExample === undefined ? undefined : earlier[duplicateOfExample];
    await step('close', 'supervisor', 'sophie.gagnon', { ...close, duplicateOf });
  }
  return caseId;
}

export async function seedEmailRequests(client: SeedClient): Promise<string[]> {
  const cases: string[] = [];
  for (const example of EXAMPLE_EMAIL_REQUESTS) cases.push(await play(client, example, cases));
  return cases;
}
