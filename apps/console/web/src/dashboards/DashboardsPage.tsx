import { useI18n } from '../i18n/i18n';
import { Link } from '../router';
import { Compliance } from './Compliance';
import { Portfolio } from './Portfolio';

/** The two dashboards, each a chart with its table beside it and the table's CSV. */
export function DashboardsPage({ which }: { which: string | undefined }) {
  const { t } = useI18n();
  const portfolio = which === 'portfolio';
  return (
    <div className="dashboard">
      <h1>{t(portfolio ? 'dash.portfolioTitle' : 'dash.complianceTitle')}</h1>
      <nav aria-label={t('nav.dashboards')}>
        <Link href="/dashboards/compliance" aria-current={portfolio ? undefined : 'page'}>
          {t('dash.complianceTitle')}
        </Link>{' '}
        ·{' '}
        <Link href="/dashboards/portfolio" aria-current={portfolio ? 'page' : undefined}>
          {t('dash.portfolioTitle')}
        </Link>
      </nav>
      {portfolio ? <Portfolio /> : <Compliance />}
    </div>
  );
}
