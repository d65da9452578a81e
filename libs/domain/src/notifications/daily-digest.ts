import { isWorkingDay, localDateOf, type WorkingCalendar } from '../calendar';
import { caseReference } from '../shared/case-reference';
import { escaped, shownInstant, type CaseAbout, type ComposedMessage } from './messages';
import type { StaffNotificationKind } from './notification-rules';
import type { NoticeLanguage, StaffContact } from './recipients';

/** When the digests go: 8:30 in Québec, on working days only (the working-day calendar applies). */
export const DIGEST_TIME = { hour: 8, minute: 30, timeZone: 'America/Toronto' } as const;

/** The Québec date whose digest a run at `asOf` sends, or null when that date is not a working day. */
export function digestDate(asOf: string, calendar: WorkingCalendar): string | null {
  const date = localDateOf(asOf, DIGEST_TIME.timeZone);
  return isWorkingDay(calendar, date) ? date : null;
}

/** One line of a digest: a message that waited for it. */
export interface DigestItem extends CaseAbout {
  readonly kind: StaffNotificationKind;
}

const SUBJECT: Readonly<Record<NoticeLanguage, string>> = { fr: 'Résumé quotidien', en: 'Daily digest' };
const LEAD: Readonly<Record<NoticeLanguage, (count: number) => string>> = {
  fr: (count) => (count === 1 ? 'Un avis depuis votre dernier résumé :' : `${count} avis depuis votre dernier résumé :`),
  en: (count) => (count === 1 ? 'One notice since your last digest:' : `${count} notices since your last digest:`),
};
const KINDS: Readonly<Record<StaffNotificationKind, Readonly<Record<NoticeLanguage, string>>>> = {
  'deadline-warning': { fr: 'Échéance proche', en: 'Deadline approaching' },
  breach: { fr: 'Norme de service non respectée', en: 'Service standard breached' },
  escalation: { fr: 'Dépassement signalé', en: 'Breach escalated' },
  assignment: { fr: 'Dossier confié', en: 'Case assigned' },
};
const DUE: Readonly<Record<NoticeLanguage, string>> = { fr: 'échéance', en: 'due' };

function line(item: DigestItem, language: NoticeLanguage): string {
  const what = `${KINDS[item.kind][language]}${language === 'fr' ? ' : ' : ': '}${item.caseTypeLabel[language]} ${caseReference(item.caseId)}`;
  return item.dueAt ? `${what} (${DUE[language]} ${shownInstant(item.dueAt, language)})` : what;
}

/** A day's digest in the recipient's language: one line per notice, each with its link, oldest first. */
export function composeDigest(recipient: StaffContact, date: string, items: readonly DigestItem[]): ComposedMessage {
  const language = recipient.language;
  const subject = `${SUBJECT[language]}${language === 'fr' ? ' du ' : ', '}${date}`;
  const lead = LEAD[language](items.length);
  return {
    subject,
    text: [lead, '', ...items.map((item) => `- ${line(item, language)}\n  ${item.link}`), ''].join('\n'),
    html: [
      `<!doctype html><html lang="${language === 'fr' ? 'fr-CA' : 'en-CA'}"><body>`,
      `<p>${escaped(lead)}</p>`,
      '<ul>',
      ...items.map((item) => `<li><a href="${escaped(item.link)}">${escaped(line(item, language))}</a></li>`),
      '</ul>',
      '</body></html>',
    ].join('\n'),
  };
}
