import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { BarChart, type Tone } from './BarChart';
import { DataTable, type Column } from './DataTable';
import { StandardName, useStandardTitle } from '../standards/StandardName';

interface StandardMonth {
  readonly standardId: string;
  readonly month: string;
  readonly cases: number;
  readonly met: number;
  readonly late: number;
  readonly breached: number;
  readonly open: number;
  readonly cancelled: number;
  readonly metShare: number | null;
  readonly medianWorkingDays: number | null;
  readonly p90WorkingDays: number | null;
}
interface TelephoneMonth {
  readonly month: string;
  readonly calls: number;
  readonly answeredAtOnce: number;
  readonly referred: number;
  readonly share: number;
}
interface ComplianceReport {
  readonly standards: readonly StandardMonth[];
  readonly telephone: readonly TelephoneMonth[];
}

/**
 * The chart's series split the clocks by outcome; what is still open is not late (yet), so it is
 * drawn neutral, and only lateness in the alarm's colours. "Breached" overlaps late (a late answer
 * was breached first) and open, so it is the table's column rather than a series.
 */
const SERIES = [
  { key: 'met', tone: 'ok' },
  { key: 'late', tone: 'bad' },
  { key: 'open', tone: 'neutral' },
  { key: 'cancelled', tone: 'muted' },
] as const satisfies readonly { key: keyof StandardMonth; tone: Tone }[];

/** Service-standard compliance per standard and month, as `GET /reports/service-standards` counts it. */
export function Compliance() {
  const { t, locale } = useI18n();
  const titleOf = useStandardTitle();
  const report = useQuery({ queryKey: ['report', 'compliance'], queryFn: () => apiGet<ComplianceReport>('/reports/service-standards') });
  if (!report.data) return <p role="status">{report.isError ? t('error.generic') : t('loading')}</p>;
  const percent = (share: number | null) => (share === null ? '—' : new Intl.NumberFormat(locale, { style: 'percent' }).format(share));
  const number = (value: number | null) =>
    value === null ? '—' : new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
  const count = (key: 'cases' | 'met' | 'late' | 'breached' | 'open'): Column<StandardMonth> => ({
    key,
    label: t(`dash.${key}` as 'dash.met'),
    value: (row) => row[key],
    numeric: true,
  });
  const columns: Column<StandardMonth>[] = [
    // The CSV keeps the id, which a spreadsheet joins on; the page shows the title.
    { key: 'standardId', label: t('dash.standard'), value: (row) => row.standardId, show: (row) => <StandardName id={row.standardId} /> },
    { key: 'month', label: t('dash.month'), value: (row) => row.month },
    ...(['cases', 'met', 'late', 'breached', 'open'] as const).map(count),
    { key: 'metShare', label: t('dash.metShare'), value: (row) => row.metShare, show: (row) => percent(row.metShare), numeric: true },
    {
      key: 'medianWorkingDays',
      label: t('dash.median'),
      value: (row) => row.medianWorkingDays,
      show: (row) => number(row.medianWorkingDays),
      numeric: true,
    },
    {
      key: 'p90WorkingDays',
      label: t('dash.p90'),
      value: (row) => row.p90WorkingDays,
      show: (row) => number(row.p90WorkingDays),
      numeric: true,
    },
  ];
  const phone: Column<TelephoneMonth>[] = [
    { key: 'month', label: t('dash.month'), value: (row) => row.month },
    { key: 'calls', label: t('dash.calls'), value: (row) => row.calls, numeric: true },
    { key: 'answeredAtOnce', label: t('dash.answeredAtOnce'), value: (row) => row.answeredAtOnce, numeric: true },
    { key: 'referred', label: t('dash.referred'), value: (row) => row.referred, numeric: true },
    { key: 'share', label: t('dash.share'), value: (row) => row.share, show: (row) => percent(row.share), numeric: true },
  ];
  const bars = report.data.standards.map((row) => ({ group: titleOf(row.standardId).text, label: row.month, values: row }));
  return (
    <>
      <section aria-labelledby="standards-title">
        <h2 id="standards-title">{t('dash.standards')}</h2>
        <BarChart
          title={t('dash.standardsChart')}
          series={SERIES.map(({ key, tone }) => ({ key, tone, label: t(`dash.${key}`) }))}
          bars={bars}
        />
        <DataTable
          id="service-standards"
          caption={t('dash.standards')}
          columns={columns}
          rows={report.data.standards}
          rowKey={(row) => `${row.standardId}|${row.month}`}
        />
      </section>
      <section aria-labelledby="telephone-title">
        <h2 id="telephone-title">{t('dash.telephone')}</h2>
        <BarChart
          title={t('dash.telephoneChart')}
          series={[
            { key: 'answeredAtOnce', label: t('dash.answeredAtOnce') },
            { key: 'referred', label: t('dash.referred') },
          ]}
          bars={report.data.telephone.map((row) => ({ label: row.month, values: row }))}
        />
        <DataTable id="telephone" caption={t('dash.telephone')} columns={phone} rows={report.data.telephone} rowKey={(row) => row.month} />
      </section>
    </>
  );
}
