import { daysAgo, type SeedClient } from './seed-client';

/**
 * Missions abroad led by the Premier at four points of their life. Staff record an early
 * departure, so the examples need not wait for the missions' first days; none is recorded back
 * before its first day, so the workflow's timers end them, then remind and compile.
 */
type Stage = 'registration-open' | 'registration-closed' | 'in-progress';

interface ExampleMission {
  readonly stage: Stage;
  readonly destination: { city: string; country: string; timeZone: string };
  readonly theme: string;
  readonly startsInDays: number;
  readonly days: number;
  readonly officerId: string;
  readonly participants: readonly { participantId: string; name: string; kind: 'company' | 'institution'; contact: object }[];
  readonly logistics: readonly { kind: string; description: string; participantId?: string }[];
}

const contact = (name: string, domain: string, language?: 'fr' | 'en') => ({
  name,
  ...(language ? { language } : {}),
  email: `${name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z ]/g, '')
    .replace(' ', '.')}@${domain}.example`,
});

const EXAMPLE_MISSIONS: readonly ExampleMission[] = [
  {
    stage: 'registration-open',
    destination: { city: 'Tokyo', country: 'Japan', timeZone: 'Asia/Tokyo' },
    theme: 'Intelligence artificielle et sciences de la vie',
    startsInDays: 60,
    days: 5,
    officerId: 'julie.cote',
    participants: [
      {
        participantId: 'mila',
        name: 'Mila – Institut québécois d’intelligence artificielle',
        kind: 'institution',
        contact: contact('Nadia Roy', 'mila'),
      },
      { participantId: 'cae', name: 'CAE inc.', kind: 'company', contact: contact('Louis Gauthier', 'cae', 'en') },
    ],
    logistics: [{ kind: 'briefing', description: 'Séance d’information préparatoire à Montréal, à la délégation' }],
  },
  {
    stage: 'registration-closed',
    destination: { city: 'Mexico City', country: 'Mexico', timeZone: 'America/Mexico_City' },
    theme: 'Énergie propre et minéraux critiques',
    startsInDays: 21,
    days: 4,
    officerId: 'marc.bouchard',
    participants: [
      { participantId: 'hydro-quebec', name: 'Hydro-Québec', kind: 'company', contact: contact('Isabelle Fortin', 'hydroquebec') },
      { participantId: 'polytechnique', name: 'Polytechnique Montréal', kind: 'institution', contact: contact('Karim Benali', 'polymtl') },
      { participantId: 'pomerleau', name: 'Pomerleau', kind: 'company', contact: contact('Sophie Lavoie', 'pomerleau') },
    ],
    logistics: [
      { kind: 'transport', description: 'Vol nolisé Montréal–Mexico pour la délégation' },
      { kind: 'interpretation', description: 'Interprètes espagnol–français pour les rencontres d’affaires' },
    ],
  },
  {
    stage: 'in-progress',
    destination: { city: 'Paris', country: 'France', timeZone: 'Europe/Paris' },
    theme: 'Transition énergétique et économie verte',
    startsInDays: 2,
    days: 6,
    officerId: 'marc.bouchard',
    participants: [
      { participantId: 'ulaval', name: 'Université Laval', kind: 'institution', contact: contact('Claire Gagnon', 'ulaval', 'fr') },
      { participantId: 'cgi', name: 'CGI', kind: 'company', contact: contact('Marc Tremblay', 'cgi') },
      { participantId: 'premier-tech', name: 'Premier Tech', kind: 'company', contact: contact('Annie Pelletier', 'premiertech') },
    ],
    logistics: [
      { kind: 'accommodation', description: 'Chambres réservées à l’hôtel pour toute la délégation' },
      { kind: 'meetings', description: 'Rencontres B2B avec Business France', participantId: 'cgi' },
    ],
  },
  {
    stage: 'in-progress',
    destination: { city: 'New York', country: 'United States', timeZone: 'America/New_York' },
    theme: 'Culture, créativité numérique et tourisme',
    startsInDays: 3,
    days: 3,
    officerId: 'julie.cote',
    participants: [
      { participantId: 'cirque', name: 'Cirque du Soleil', kind: 'company', contact: contact('Mathieu Côté', 'cirquedusoleil') },
      { participantId: 'udem', name: 'Université de Montréal', kind: 'institution', contact: contact('Fatou Ndiaye', 'umontreal') },
      { participantId: 'moment-factory', name: 'Moment Factory', kind: 'company', contact: contact('Élise Bergeron', 'momentfactory') },
    ],
    logistics: [{ kind: 'meetings', description: 'Rencontres avec les diffuseurs de Broadway et le Lincoln Center' }],
  },
];

const ORDER: readonly Stage[] = ['registration-open', 'registration-closed', 'in-progress'];
const localDateIn = (days: number) => daysAgo(-days).slice(0, 10);

export async function seedPremierMissions(client: SeedClient): Promise<string[]> {
  const cases: string[] = [];
  for (const mission of EXAMPLE_MISSIONS) {
    const { stage, destination, theme, startsInDays, days, officerId } = mission;
    const plan = { destination, theme, startsOn: localDateIn(startsInDays), endsOn: localDateIn(startsInDays + days - 1), officerId };
    const { caseId } = await client.post('/premier-missions', 'supervisor', 'sophie.gagnon', plan);
    const byOfficer = (action: string, body: object = {}) =>
      client.post(`/premier-missions/${caseId}/${action}`, 'case-officer', officerId, body);
    const byIntake = (action: string, body: object) =>
      client.post(`/premier-missions/${caseId}/${action}`, 'intake-officer', 'ines.tremblay', body);
    for (const [index, participant] of mission.participants.entries())
      await byIntake('participants', { ...participant, registeredAt: daysAgo(10 - index) });
    for (const service of mission.logistics) await byOfficer('logistics', service);
    // Each stage after the first takes the steps of the ones before it.
    const reached = (step: Stage) => ORDER.indexOf(stage) >= ORDER.indexOf(step);
    if (reached('registration-closed')) await byOfficer('registration/close');
    if (reached('in-progress')) await byOfficer('start');
    cases.push(caseId);
  }
  return cases;
}
