import type { ReactNode } from 'react';
import { mayVerifyLog } from '../api/domain-rules';
import type { SessionInfo } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router';

/** Header, navigation, language and sign-out around every page; a skip link first for keyboards. */
export function Shell({ session, children }: { session: SessionInfo; children: ReactNode }) {
  const { t, term, locale, setLocale } = useI18n();
  const other = locale === 'fr-CA' ? 'en-CA' : 'fr-CA';
  return (
    <>
      <a className="skip" href="#main">
        {t('app.skip')}
      </a>
      <header className="banner">
        <Link href="/" className="brand">
          {t('app.name')}
        </Link>
        <nav aria-label={t('nav.main')}>
          <ul>
            <li>
              <Link href="/">{t('nav.queue')}</Link>
            </li>
            <li>
              <Link href="/dashboards/compliance">{t('nav.dashboards')}</Link>
            </li>
            {mayVerifyLog(session.person.role) && (
              <li>
                <Link href="/audit">{t('nav.audit')}</Link>
              </li>
            )}
            {session.person.role === 'administrator' && (
              <>
                <li>
                  <Link href="/admin/holidays">{t('nav.holidays')}</Link>
                </li>
                <li>
                  <Link href="/admin/standards">{t('nav.standards')}</Link>
                </li>
                <li>
                  <Link href="/admin/staff-directory">{t('nav.staffDirectory')}</Link>
                </li>
              </>
            )}
            {/* Auditors read and never act (docs/domain.md#roles); the API refuses them anyway. */}
            {session.person.role !== 'auditor' && (
              <li>
                <Link href="/intake">{t('nav.intake')}</Link>
              </li>
            )}
          </ul>
        </nav>
        <div className="who">
          <span>{t('session.as', { name: session.person.name, role: term('role', session.person.role) })}</span>
          <Link href="/me/notifications">{t('nav.myNotifications')}</Link>
          <button type="button" lang={other} onClick={() => setLocale(other)} aria-label={t('language.switchLabel')}>
            {t('language.switch')}
          </button>
          <form method="post" action="/sign-out">
            <button type="submit">{t('session.signOut')}</button>
          </form>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
