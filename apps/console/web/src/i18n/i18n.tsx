import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { enCA } from './en-CA';
import { frCA, type MessageKey } from './fr-CA';
import { formatInstant, type Locale } from './format';
import { humanize, lookupTerm, type TermKind } from './terms';

const CATALOGUES = { 'fr-CA': frCA, 'en-CA': enCA } as const;
const STORED = 'entente.locale';

export interface I18n {
  readonly locale: Locale;
  readonly setLocale: (locale: Locale) => void;
  /**
   * Sets the locale for someone who never chose one in this browser, without making it their
   * choice: what a page knows of the reader (a participant's recorded language) yields to a click.
   */
  readonly suggestLocale: (locale: Locale) => void;
  readonly t: (key: MessageKey, values?: Record<string, string | number>) => string;
  readonly term: (kind: TermKind, word: string) => string;
  /** The catalogue's word, or undefined when it holds none (to fall back on another key). */
  readonly lookup: (kind: TermKind, word: string) => string | undefined;
  readonly instant: (iso: string | null | undefined) => string;
}

const Context = createContext<I18n | undefined>(undefined);

/** French unless the person chose English (a preference, not a credential, kept in the browser). */
function initialLocale(): Locale {
  return window.localStorage.getItem(STORED) === 'en-CA' ? 'en-CA' : 'fr-CA';
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const setLocale = useCallback((next: Locale) => {
    window.localStorage.setItem(STORED, next);
    setLocaleState(next);
  }, []);
  const suggestLocale = useCallback((next: Locale) => {
    if (window.localStorage.getItem(STORED) === null) setLocaleState(next);
  }, []);
  const value = useMemo<I18n>(
    () => ({
      locale,
      setLocale,
      suggestLocale,
      t: (key, values = {}) => CATALOGUES[locale][key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? '')),
      term: (kind, word) => lookupTerm(kind, word, locale) ?? humanize(word),
      lookup: (kind, word) => lookupTerm(kind, word, locale),
      instant: (iso) => (iso ? formatInstant(iso, locale) : '—'),
    }),
    [locale, setLocale, suggestLocale],
  );
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(Context);
  if (!i18n) throw new Error('useI18n outside I18nProvider');
  return i18n;
}
