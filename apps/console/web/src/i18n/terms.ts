import { COMMAND_TERMS } from './command-terms';
import { FIELD_TERMS } from './field-terms';

/**
 * The domain's words in both languages: case types, roles, stages, commands, fields, events and the
 * API's error codes. A word missing here is shown as the API names it, never as a blank.
 */
export type TermKind = 'caseType' | 'role' | 'status' | 'command' | 'field' | 'event' | 'error';
type Terms = Readonly<Partial<Record<string, readonly [fr: string, en: string]>>>;

const caseType: Terms = {
  'email-request': ['Demande par courriel', 'E-mail request'],
  'telephone-inquiry': ['Demande téléphonique', 'Telephone inquiry'],
  complaint: ['Plainte', 'Complaint'],
  'internship-application': ['Candidature de stage', 'Internship application'],
  'bilateral-project': ['Projet bilatéral', 'Bilateral project'],
  'call-for-proposals': ['Appel de projets', 'Call for proposals'],
  'premier-mission': ['Mission du premier ministre', 'Premier-led mission'],
  'cooperation-engagement': ['Engagement de coopération', 'Cooperation engagement'],
};

const role: Terms = {
  'intake-officer': ['Agente ou agent d’accueil', 'Intake officer'],
  'case-officer': ['Responsable de dossier', 'Case officer'],
  supervisor: ['Superviseure ou superviseur', 'Supervisor'],
  director: ['Directrice ou directeur', 'Director'],
  'secretary-general': ['Secrétaire générale ou général', 'Secretary-General'],
  coordinator: ['Coordonnatrice ou coordonnateur', 'Coordinator'],
  auditor: ['Vérificatrice ou vérificateur', 'Auditor'],
  administrator: ['Administratrice ou administrateur', 'Administrator'],
  system: ['Système', 'System'],
};

const status: Terms = {
  received: ['Reçu', 'Received'],
  assigned: ['Assigné', 'Assigned'],
  answered: ['Répondu', 'Answered'],
  closed: ['Fermé', 'Closed'],
  recorded: ['Consigné', 'Recorded'],
  filed: ['Déposé', 'Filed'],
  submitted: ['Soumis', 'Submitted'],
  withdrawn: ['Retiré', 'Withdrawn'],
  planned: ['Planifié', 'Planned'],
  published: ['Publié', 'Published'],
  open: ['Ouvert', 'Open'],
};

const event: Terms = {
  EmailRequestReceived: ['Courriel reçu', 'E-mail received'],
  EmailRequestAssigned: ['Dossier assigné', 'Case assigned'],
  EmailRequestAnswered: ['Réponse envoyée', 'Answer sent'],
  EmailRequestClosed: ['Dossier fermé', 'Case closed'],
  ServiceStandardWarned: ['Échéance proche signalée', 'Deadline warning raised'],
  ServiceStandardBreached: ['Délai dépassé', 'Service standard breached'],
};

const error: Terms = {
  'invalid-field': ['Ce champ est invalide.', 'This field is invalid.'],
  'malformed-request': ['La demande est mal formée.', 'The request is malformed.'],
  forbidden: ['Vous n’avez pas le droit de faire cette action.', 'You may not do this.'],
  'not-found': ['Introuvable.', 'Not found.'],
  'command-refused': ['Le dossier refuse cette action dans son état actuel.', 'The case refuses this action in its current state.'],
  'invalid-command': ['Cette action enfreint une règle du dossier.', 'This action breaks a rule of the case.'],
  'case-exists': ['Ce dossier existe déjà.', 'This case already exists.'],
  'payload-too-large': ['Le contenu est trop volumineux.', 'The content is too large.'],
  unavailable: ['Un service est indisponible; réessayez dans un instant.', 'A service is unavailable; try again in a moment.'],
  'command-timed-out': ['Le dossier n’a pas répondu à temps; réessayez.', 'The case did not answer in time; try again.'],
  'not-signed-in': ['Votre session a pris fin; reconnectez-vous.', 'Your session has ended; sign in again.'],
  'api-unreachable': ['L’API ne répond pas.', 'The API does not answer.'],
  'invalid-field.answer': ['La réponse ne peut pas être vide.', 'The answer cannot be empty.'],
  'invalid-field.assignee': ['Indiquez la personne responsable.', 'Name the assignee.'],
};

const TERMS: Readonly<Record<TermKind, Terms>> = { caseType, role, status, command: COMMAND_TERMS, field: FIELD_TERMS, event, error };

/** The word in `locale`, or undefined when the catalogue does not hold it. */
export function lookupTerm(kind: TermKind, word: string, locale: 'fr-CA' | 'en-CA'): string | undefined {
  const pair = TERMS[kind][word];
  return pair && pair[locale === 'fr-CA' ? 0 : 1];
}

/** `AnswerEmailRequest` or `answeredAt` as words, for a term the catalogue lacks. */
export function humanize(word: string): string {
  const spaced = word
    .replace(/[-_]/g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}
