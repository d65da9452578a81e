import type { SeedClient } from './seed-client';

/**
 * Calls to the two lines of the declaration of services, recorded as they end (the domain takes
 * a call only on the day it came in, so each is "now"): some answered at once, some referred.
 */
const EXAMPLE_CALLS: readonly object[] = [
  {
    line: 'quebec-city',
    caller: { name: 'Léa Bouchard', telephone: '418 555-0142' },
    subject: 'Québec sans frontières : comment participer à un stage',
    outcome: {
      kind: 'answered-at-once',
      answer: 'Les stages sont déployés par des organismes de coopération internationale; page du programme transmise.',
    },
  },
  {
    line: 'montreal',
    subject: 'Inscription d’une entreprise à la mission du premier ministre au Mexique',
    outcome: { kind: 'referred', referredTo: { unit: 'Bureau des missions', contact: 'Inscriptions aux missions, (418) 649-2300' } },
  },
  {
    line: 'quebec-city',
    caller: { name: 'Awa Diallo' },
    subject: 'Date limite du programme de stages dans les OIG',
    outcome: { kind: 'answered-at-once', answer: 'Le dépôt des candidatures se fait en ligne jusqu’au 15 janvier.' },
  },
  {
    line: 'montreal',
    caller: { name: 'Pierre Nadeau', telephone: '514 555-0199' },
    subject: 'Visa de travail pour un stagiaire étranger',
    outcome: { kind: 'referred', referredTo: { organization: 'Ministère de l’Immigration, de la Francisation et de l’Intégration' } },
  },
  {
    line: 'quebec-city',
    subject: 'Heures d’ouverture du service téléphonique',
    outcome: { kind: 'answered-at-once', answer: 'De 8 h 30 à 17 h, du lundi au vendredi.' },
  },
];

export async function seedTelephoneInquiries(client: SeedClient): Promise<string[]> {
  const cases: string[] = [];
  for (const call of EXAMPLE_CALLS) cases.push((await client.post('/telephone-inquiries', 'intake-officer', 'ines.tremblay', call)).caseId);
  return cases;
}
