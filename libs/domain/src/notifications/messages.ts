import { caseReference } from '../shared/case-reference';
import type { StaffNotificationKind } from './notification-rules';
import type { Notice, NoticeLanguage } from './recipients';

/** What a message says of its case: never the requester's personal information, only where to look. */
export interface CaseAbout {
  readonly caseId: string;
  /** The case type's name, as the console shows it in each language. */
  readonly caseTypeLabel: Readonly<Record<NoticeLanguage, string>>;
  /** The deadline the message is about, if any (an instant, shown in Québec's time). */
  readonly dueAt?: string;
  /** Where the recipient opens the case in the console. */
  readonly link: string;
}

export interface ComposedMessage {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

const SUBJECTS: Readonly<Record<StaffNotificationKind, Readonly<Record<NoticeLanguage, string>>>> = {
  'deadline-warning': { fr: 'Échéance proche', en: 'Deadline approaching' },
  breach: { fr: 'Norme de service non respectée', en: 'Service standard breached' },
  escalation: { fr: 'Dépassement porté à votre attention', en: 'Breach escalated to you' },
  assignment: { fr: 'Dossier qui vous est confié', en: 'Case assigned to you' },
};

const LEADS: Readonly<Record<StaffNotificationKind, Readonly<Record<NoticeLanguage, string>>>> = {
  'deadline-warning': { fr: 'La réponse à ce dossier est due bientôt.', en: 'The answer to this case is due soon.' },
  breach: { fr: 'Ce dossier a dépassé sa norme de service.', en: 'This case has gone past its service standard.' },
  escalation: {
    fr: 'Ce dossier a dépassé sa norme de service et vous est maintenant signalé.',
    en: 'This case has gone past its service standard and is now escalated to you.',
  },
  assignment: { fr: 'Ce dossier vous est confié.', en: 'This case is assigned to you.' },
};

const DUE: Readonly<Record<NoticeLanguage, string>> = { fr: 'Échéance', en: 'Due' };
const OPEN: Readonly<Record<NoticeLanguage, string>> = { fr: 'Ouvrir le dossier', en: 'Open the case' };
const LOCALES: Readonly<Record<NoticeLanguage, string>> = { fr: 'fr-CA', en: 'en-CA' };

/** An instant as staff read it: in Québec's time, in their language (« 15 janvier 2027 à 17 h 00 »). */
export function shownInstant(instant: string, language: NoticeLanguage): string {
  const format = new Intl.DateTimeFormat(LOCALES[language], { timeZone: 'America/Toronto', dateStyle: 'long', timeStyle: 'short' });
  return `${format.format(new Date(instant))} (${language === 'fr' ? 'heure de l’Est' : 'Eastern time'})`;
}

/** French sets a space before a colon; English does not. */
const labelled = (label: string, value: string, language: NoticeLanguage) => `${label}${language === 'fr' ? ' : ' : ': '}${value}`;

/** The message a notice sends, in the recipient's language: a plain-text part and the same in HTML. */
export function composeMessage(notice: Notice, about: CaseAbout): ComposedMessage {
  const language = notice.recipient.language;
  const caseName = `${about.caseTypeLabel[language]} ${caseReference(about.caseId)}`;
  const lines = [
    LEADS[notice.kind][language],
    caseName,
    ...(about.dueAt ? [labelled(DUE[language], shownInstant(about.dueAt, language), language)] : []),
  ];
  return {
    subject: labelled(SUBJECTS[notice.kind][language], caseName, language),
    text: [...lines, '', labelled(OPEN[language], about.link, language), ''].join('\n'),
    html: [
      `<!doctype html><html lang="${LOCALES[language]}"><body>`,
      ...lines.map((line) => `<p>${escaped(line)}</p>`),
      `<p><a href="${escaped(about.link)}">${OPEN[language]}</a></p>`,
      '</body></html>',
    ].join('\n'),
  };
}

export function escaped(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}
