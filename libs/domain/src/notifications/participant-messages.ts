import { escaped, shownInstant, type ComposedMessage } from './messages';
import type { NoticeLanguage } from './recipients';
import type { ParticipantNotificationKind } from './notification-rules';

/** A participant's message: whom it greets, where they answer, and until when the link holds. */
export interface EvaluationInvitation {
  readonly kind: ParticipantNotificationKind;
  /** The participant's contact person, greeted by name. */
  readonly contactName: string;
  /** The participant's personal, single-use link to the evaluation page. */
  readonly link: string;
  readonly expiresAt: string;
  /** The language the contact corresponds in, when staff recorded one; otherwise both. */
  readonly language: NoticeLanguage | null;
}

type Words = Readonly<Record<NoticeLanguage, string>>;

const SUBJECTS: Readonly<Record<ParticipantNotificationKind, Words>> = {
  'evaluation-request': { fr: 'Votre évaluation de la mission du premier ministre', en: 'Your evaluation of the Premier’s mission' },
  'evaluation-reminder': { fr: 'Rappel : votre évaluation de la mission', en: 'Reminder: your evaluation of the mission' },
};

const LEADS: Readonly<Record<ParticipantNotificationKind, Words>> = {
  'evaluation-request': {
    fr: 'Merci d’avoir pris part à la mission du premier ministre. Votre avis sur les services offerts nous aide à préparer les prochaines missions ; y répondre prend environ cinq minutes.',
    en: 'Thank you for taking part in the Premier’s mission. Your view of the services provided helps us prepare the next missions; answering takes about five minutes.',
  },
  'evaluation-reminder': {
    fr: 'Nous n’avons pas encore reçu votre évaluation de la mission du premier ministre. Il est encore temps d’y répondre.',
    en: 'We have not yet received your evaluation of the Premier’s mission. There is still time to answer.',
  },
};

const GREETING: Words = { fr: 'Bonjour', en: 'Hello' };
const ANSWER: Words = { fr: 'Répondre au questionnaire', en: 'Answer the questionnaire' };
const VALIDITY: Words = {
  fr: 'Ce lien vous est personnel et ne sert qu’une fois. Il est valide jusqu’au',
  en: 'This link is yours alone and works once. It is valid until',
};
const SIGNATURE: Words = {
  fr: 'Ministère des Relations internationales et de la Francophonie',
  en: 'Ministère des Relations internationales et de la Francophonie (Québec)',
};

function paragraphs(invitation: EvaluationInvitation, language: NoticeLanguage): string[] {
  return [
    `${GREETING[language]} ${invitation.contactName},`,
    LEADS[invitation.kind][language],
    `${VALIDITY[language]} ${shownInstant(invitation.expiresAt, language)}.`,
    SIGNATURE[language],
  ];
}

function textIn(invitation: EvaluationInvitation, language: NoticeLanguage): string {
  const [greeting, lead, validity, signature] = paragraphs(invitation, language);
  const answer = `${ANSWER[language]}${language === 'fr' ? ' : ' : ': '}${invitation.link}`;
  return [greeting, '', lead, '', answer, validity, '', signature].join('\n');
}

function htmlIn(invitation: EvaluationInvitation, language: NoticeLanguage): string {
  const [greeting, lead, validity, signature] = paragraphs(invitation, language).map(escaped);
  const lang = language === 'fr' ? 'fr-CA' : 'en-CA';
  return [
    `<div lang="${lang}">`,
    `<p>${greeting}</p>`,
    `<p>${lead}</p>`,
    `<p><a href="${escaped(invitation.link)}">${ANSWER[language]}</a></p>`,
    `<p>${validity}</p>`,
    `<p>${signature}</p>`,
    '</div>',
  ].join('\n');
}

/**
 * A participant's message, in the language their contact corresponds in. When none was recorded
 * (participants registered before it was asked), both: French first, as the Charter of the French
 * language asks of the Administration, English below.
 */
export function composeEvaluationMessage(invitation: EvaluationInvitation): ComposedMessage {
  const { language } = invitation;
  if (language !== null) {
    const lang = language === 'fr' ? 'fr-CA' : 'en-CA';
    return {
      subject: SUBJECTS[invitation.kind][language],
      text: `${textIn(invitation, language)}\n`,
      html: [`<!doctype html><html lang="${lang}"><body>`, htmlIn(invitation, language), '</body></html>'].join('\n'),
    };
  }
  const subject = `${SUBJECTS[invitation.kind].fr} / ${SUBJECTS[invitation.kind].en}`;
  return {
    subject,
    text: [textIn(invitation, 'fr'), '', '— English follows / Version anglaise ci-dessous —', '', textIn(invitation, 'en'), ''].join('\n'),
    html: ['<!doctype html><html lang="fr-CA"><body>', htmlIn(invitation, 'fr'), '<hr>', htmlIn(invitation, 'en'), '</body></html>'].join(
      '\n',
    ),
  };
}
