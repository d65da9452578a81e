import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { BarChart } from './BarChart';
import { DataTable } from './DataTable';

type Name = string | { readonly fr: string; readonly en: string };
interface Count {
  readonly name?: Name;
  readonly stage?: string;
  readonly form?: string;
  readonly place?: string;
  readonly engagements?: number;
  readonly activities?: number;
}
interface PortfolioReport {
  readonly engagements: number;
  readonly byCountry: readonly Count[];
  readonly bySector: readonly Count[];
  readonly byStage: readonly Count[];
  readonly activitiesHeld: { readonly count: number; readonly byForm: readonly Count[]; readonly byPlace: readonly Count[] };
}

const BREAKDOWNS = [
  { id: 'by-country', pick: (r: PortfolioReport) => r.byCountry, measure: 'engagements' },
  { id: 'by-sector', pick: (r: PortfolioReport) => r.bySector, measure: 'engagements' },
  { id: 'by-stage', pick: (r: PortfolioReport) => r.byStage, measure: 'engagements' },
  { id: 'by-form', pick: (r: PortfolioReport) => r.activitiesHeld.byForm, measure: 'activities' },
  { id: 'by-place', pick: (r: PortfolioReport) => r.activitiesHeld.byPlace, measure: 'activities' },
] as const;

/** The cooperation portfolio by country, sector, stage and form and place of activity. */
export function Portfolio() {
  const { t, locale, term } = useI18n();
  const report = useQuery({ queryKey: ['report', 'portfolio'], queryFn: () => apiGet<PortfolioReport>('/reports/cooperation-portfolio') });
  if (!report.data) return <p role="status">{report.isError ? t('error.generic') : t('loading')}</p>;
  const label = (row: Count) => {
    const name = row.name ?? row.stage ?? row.form ?? row.place ?? '—';
    return typeof name === 'string' ? (row.name ? name : term('status', name)) : locale === 'fr-CA' ? name.fr : name.en;
  };
  return (
    <>
      {BREAKDOWNS.map(({ id, pick, measure }) => {
        const rows = pick(report.data);
        const title = t(`dash.${id}`);
        return (
          <section key={id} aria-labelledby={`${id}-title`}>
            <h2 id={`${id}-title`}>{title}</h2>
            <BarChart
              title={title}
              series={[{ key: measure, label: t(`dash.${measure}`) }]}
              bars={rows.map((row) => ({ label: label(row), values: row }))}
            />
            <DataTable
              id={id}
              caption={title}
              columns={[
                { key: 'name', label: t('dash.name'), value: label },
                { key: measure, label: t(`dash.${measure}`), value: (row) => row[measure] ?? 0, numeric: true },
              ]}
              rows={rows}
              rowKey={label}
            />
          </section>
        );
      })}
    </>
  );
}
