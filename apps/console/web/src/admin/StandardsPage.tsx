import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../api/client';
import { useI18n } from '../i18n/i18n';

interface StandardVersion {
  readonly id: string;
  readonly version: number;
  readonly effectiveFrom: string;
  readonly title: string;
  readonly workingDays: number;
  readonly warning?: { readonly workingDaysBeforeDue: number } | null;
  readonly escalation?: { readonly onBreach: string } | null;
}

/** The declaration of services: every version of every standard, as the API publishes it. */
export function StandardsPage() {
  const { t, term } = useI18n();
  const standards = useQuery({ queryKey: ['standards'], queryFn: () => apiGet<readonly StandardVersion[]>('/service-standards') });
  return (
    <>
      <h1>{t('admin.standards')}</h1>
      {standards.data ? (
        <table className="queue" id="standards">
          <caption>{t('admin.standardsCaption')}</caption>
          <thead>
            <tr>
              {(
                [
                  'admin.standard',
                  'admin.version',
                  'admin.effectiveFrom',
                  'admin.workingDays',
                  'admin.warning',
                  'admin.escalation',
                ] as const
              ).map((key) => (
                <th key={key} scope="col">
                  {t(key)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {standards.data.map((standard) => (
              <tr key={`${standard.id}@${standard.version}`}>
                <th scope="row">
                  <span lang="en">{standard.title}</span>
                  <br />
                  <code>{standard.id}</code>
                </th>
                <td className="number">{standard.version}</td>
                <td>{standard.effectiveFrom}</td>
                <td className="number">{standard.workingDays}</td>
                <td className="number">{standard.warning?.workingDaysBeforeDue ?? '—'}</td>
                <td>{standard.escalation ? term('role', standard.escalation.onBreach) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p role="status">{standards.isError ? t('error.generic') : t('loading')}</p>
      )}
    </>
  );
}
