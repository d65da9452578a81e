import { instantAt } from '../api/domain-rules';
import { ZONE } from '../i18n/format';

/**
 * An instant as a person types it, the way the Office québécois de la langue française writes it:
 * year-month-day, then the hour on a 24-hour clock (« 2027-01-04 17:00 », « 2027-01-04 17 h 05 »,
 * seconds allowed). A browser's own date-time control would show its locale's order and AM/PM
 * whatever the console's language, hence a text field with its format shown.
 */
const WRITTEN = /^\s*(\d{4}-\d{2}-\d{2})(?:\s+|T|,\s*)(\d{1,2})\s*(?::|h)\s*(\d{2})?(?::(\d{2}))?\s*$/i;

/** The ISO instant the text names, read in the ministry's zone; undefined when it names none. */
export function instantOfText(text: string): string | undefined {
  const match = WRITTEN.exec(text);
  if (!match) return undefined;
  const [, date = '', hours = '', minutes = '00', seconds] = match;
  try {
    return instantAt(date, `${hours.padStart(2, '0')}:${minutes}${seconds ? `:${seconds}` : ''}`, ZONE);
  } catch {
    // An impossible date or hour (2027-02-30, 25:00): the domain refuses it, the person retypes it.
    return undefined;
  }
}
