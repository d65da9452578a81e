import type { Locale } from '../i18n/format';

/** What the pages read of a version of a standard in `GET /service-standards`. */
export interface DeclaredStandard {
  readonly id: string;
  readonly version: number;
  readonly effectiveFrom: string;
  readonly title: string;
}

/**
 * The declaration's titles in French, keyed by the English title the API serves rather than by the
 * standard's id: a revision that changes a commitment ("four working days" to "three") then shows
 * its own English title until it is translated here, never a French title that promises otherwise.
 */
const FRENCH_TITLES: Readonly<Partial<Record<string, string>>> = {
  'Information request by e-mail answered within four working days':
    'Demande d’information par courriel : réponse dans les quatre jours ouvrables',
  'IGO internship: eligibility reply within five working days of filing':
    'Stage dans une OIG : réponse sur l’admissibilité dans les cinq jours ouvrables suivant le dépôt',
  'IGO internship: reply within ten working days following the interview':
    'Stage dans une OIG : réponse dans les dix jours ouvrables suivant l’entrevue',
  'Complaint processed within fifteen working days of receipt': 'Plainte traitée dans les quinze jours ouvrables suivant sa réception',
  'Call for proposals: every organization notified of the selection within 40 working days of closing':
    'Appel de projets : chaque organisme informé de la sélection dans les 40 jours ouvrables suivant la clôture',
  'Cooperation engagement: partner answer to a proposed action plan within 20 working days':
    'Engagement de coopération : réponse du partenaire au plan d’action proposé dans les 20 jours ouvrables',
  'Cooperation engagement: activity report within 30 working days of the end of service delivery':
    'Engagement de coopération : rapport d’activité dans les 30 jours ouvrables suivant la fin de la prestation des services',
  'Bilateral cooperation project: analysis result notified within 15 working days of the end of negotiations':
    'Projet de coopération bilatérale : résultat de l’analyse communiqué dans les 15 jours ouvrables suivant la fin des négociations',
};

/** A title to show, with the language it is written in when that is not the page's. */
export interface StandardTitle {
  readonly text: string;
  readonly lang?: 'en';
}

/** The latest version of the standard that has taken effect by `today` (a local date), else its first. */
function currentVersion(declared: readonly DeclaredStandard[], id: string, today: string): DeclaredStandard | undefined {
  const versions = declared
    .filter((standard) => standard.id === id)
    .sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom) || a.version - b.version);
  return versions.filter((standard) => standard.effectiveFrom <= today).pop() ?? versions[0];
}

/**
 * A standard's title in the person's language, from the declaration the API serves; its id while
 * the declaration is not known, or for an id it does not hold.
 */
export function standardTitle(id: string, locale: Locale, declared: readonly DeclaredStandard[] | undefined, today: string): StandardTitle {
  const title = declared && currentVersion(declared, id, today)?.title;
  if (!title) return { text: id };
  if (locale === 'en-CA') return { text: title };
  const french = FRENCH_TITLES[title];
  return french ? { text: french } : { text: title, lang: 'en' };
}
