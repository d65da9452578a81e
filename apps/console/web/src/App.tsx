import { useEffect } from 'react';
import { useSession } from './api/session';
import { CasePage } from './case/CasePage';
import { useI18n } from './i18n/i18n';
import { Shell } from './layout/Shell';
import { QueuePage } from './queue/QueuePage';
import { useLocation } from './router';

/** The page a path names; the title follows it, and focus moves to the new page's content. */
function Page() {
  const { pathname } = useLocation();
  const session = useSession();
  const { t } = useI18n();
  useEffect(() => {
    document.getElementById('main')?.focus();
  }, [pathname]);
  if (!session.data) return <p role="status">{t('loading')}</p>;
  const caseMatch = /^\/cases\/([0-9a-f-]{36})$/.exec(pathname);
  const page = caseMatch?.[1] ? <CasePage caseId={caseMatch[1]} /> : <QueuePage session={session.data} />;
  return <Shell session={session.data}>{page}</Shell>;
}

export function App() {
  const { t } = useI18n();
  useEffect(() => {
    document.title = t('app.name');
  }, [t]);
  return <Page />;
}
