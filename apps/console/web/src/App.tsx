import { useEffect, type ComponentType } from 'react';
import { useSession } from './api/session';
import { HolidaysPage } from './admin/HolidaysPage';
import { StaffDirectoryPage } from './admin/StaffDirectoryPage';
import { StandardsPage } from './admin/StandardsPage';
import { LogPage } from './audit/LogPage';
import { DashboardsPage } from './dashboards/DashboardsPage';
import type { SessionInfo } from './api/types';
import { CasePage } from './case/CasePage';
import { EvaluationPage } from './evaluation/EvaluationPage';
import { useI18n } from './i18n/i18n';
import { IntakePage } from './intake/IntakePage';
import { Shell } from './layout/Shell';
import { MyNotificationsPage } from './notifications/MyNotificationsPage';
import { QueuePage } from './queue/QueuePage';
import { useLocation } from './router';

/** The administrators' pages by the last part of their path; any other is the holiday calendar. */
const ADMIN_PAGES: Readonly<Record<string, ComponentType>> = { standards: StandardsPage, 'staff-directory': StaffDirectoryPage };

function pageOf(pathname: string, session: SessionInfo) {
  const [, section, id] = pathname.split('/');
  if (section === 'cases' && id) return <CasePage caseId={id} />;
  if (section === 'dashboards') return <DashboardsPage which={id} />;
  if (section === 'admin') {
    const AdminPage = ADMIN_PAGES[id ?? ''] ?? HolidaysPage;
    return <AdminPage />;
  }
  if (section === 'me' && id === 'notifications') return <MyNotificationsPage />;
  if (section === 'audit') return <LogPage />;
  if (section === 'intake') return <IntakePage caseType={id} />;
  return <QueuePage session={session} />;
}

/** The page a path names; the title follows it, and focus moves to the new page's content. */
function Page() {
  const { pathname } = useLocation();
  const session = useSession();
  const { t } = useI18n();
  useEffect(() => {
    document.getElementById('main')?.focus();
  }, [pathname]);
  if (!session.data) return <p role="status">{t('loading')}</p>;
  return <Shell session={session.data}>{pageOf(pathname, session.data)}</Shell>;
}

/** A participant's evaluation link is the one page outside the staff's session (docs/adr/0023). */
const EVALUATION = '/evaluation/';

export function App() {
  const { t } = useI18n();
  const { pathname } = useLocation();
  const evaluation = pathname.startsWith(EVALUATION);
  useEffect(() => {
    document.title = evaluation ? `${t('evaluation.title')} – ${t('app.name')}` : t('app.name');
  }, [t, evaluation]);
  if (evaluation) return <EvaluationPage token={decodeURIComponent(pathname.slice(EVALUATION.length))} />;
  return <Page />;
}
