import { useMutation } from '@tanstack/react-query';
import { ApiError, apiGet } from '../api/client';
import { Refusal } from '../forms/Refusal';
import { useI18n } from '../i18n/i18n';
import { reference } from '../queue/views';
import { Link } from '../router';

interface LogVerification {
  readonly cases: number;
  readonly events: number;
  readonly verified: boolean;
  readonly breaks: readonly { readonly caseId: string; readonly eventId: string; readonly reason: string }[];
}

/** The whole stored log verified by the API, on demand: it reads every event, so it takes a moment. */
export function LogPage() {
  const { t, locale } = useI18n();
  const run = useMutation({ mutationFn: () => apiGet<LogVerification>('/audit/verification') });
  const n = (value: number) => new Intl.NumberFormat(locale).format(value);
  return (
    <>
      <h1>{t('audit.log.title')}</h1>
      <p>{t('audit.log.intro')}</p>
      <button type="button" onClick={() => run.mutate()} disabled={run.isPending}>
        {t('audit.log.run')}
      </button>
      {run.isPending && <progress aria-label={t('audit.log.running')} />}
      {run.error instanceof ApiError && <Refusal problem={run.error.problem} />}
      {run.data && (
        <div aria-live="polite" className="log-result" data-verified={run.data.verified}>
          <p className={`badge ${run.data.verified ? 'badge-ok' : 'badge-bad'}`}>
            <span aria-hidden="true">{run.data.verified ? '✓' : '✕'}</span>{' '}
            {t(run.data.verified ? 'audit.log.verified' : 'audit.log.broken', {
              cases: n(run.data.cases),
              events: n(run.data.events),
              breaks: n(run.data.breaks.length),
            })}
          </p>
          <ul>
            {run.data.breaks.map((item) => (
              <li key={item.caseId}>
                <Link href={`/cases/${item.caseId}`}>{reference(item.caseId)}</Link> — <span lang="en">{item.reason}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
