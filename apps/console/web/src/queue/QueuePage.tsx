import { useEffect } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiGet, query } from '../api/client';
import type { CasePage, SessionInfo } from '../api/types';
import { formatTime } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { navigate, useLocation } from '../router';
import { QueueFilters } from './QueueFilters';
import { QueueTable } from './QueueTable';
import { defaultView, SORTS, type Sort, type View, viewsFor } from './views';

const PAGE_SIZE = 20;

/** What the queue shows, all of it in the address so that a view can be bookmarked and shared. */
export interface QueueParams {
  readonly view: View;
  readonly sort: Sort;
  readonly page: number;
  readonly caseType: string;
}

function paramsOf(url: URL, role: string): QueueParams {
  const view = viewsFor(role).find((v) => v === url.searchParams.get('view')) ?? defaultView(role);
  const sort = SORTS.find((s) => s === url.searchParams.get('sort')) ?? 'dueAt';
  const page = Math.max(1, Number(url.searchParams.get('page')) || 1);
  return { view, sort, page, caseType: url.searchParams.get('caseType') ?? '' };
}

export function QueuePage({ session }: { session: SessionInfo }) {
  const { t, locale } = useI18n();
  const location = useLocation();
  const params = paramsOf(location, session.person.role);
  const go = (change: Partial<QueueParams>) => navigate(`/${query({ ...params, page: 1, ...change })}`);
  // The landing view is written into the address too, so that it is the page's state like any other.
  const landed = !location.searchParams.has('view');
  useEffect(() => {
    if (landed) window.history.replaceState(null, '', `/${query({ view: params.view })}`);
  }, [landed, params.view]);
  const cases = useQuery({
    queryKey: ['cases', params],
    queryFn: () => apiGet<CasePage>(`/cases${query({ ...params, pageSize: PAGE_SIZE })}`),
    refetchInterval: session.refreshMs,
    placeholderData: keepPreviousData,
  });
  const pages = Math.max(1, Math.ceil((cases.data?.total ?? 0) / PAGE_SIZE));
  return (
    <>
      <h1>{t('queue.title')}</h1>
      <QueueFilters params={params} views={viewsFor(session.person.role)} onChange={go} />
      {cases.data ? (
        <>
          <p className="meta" aria-live="polite">
            {t('queue.total', { total: cases.data.total })} ·{' '}
            {t('queue.refreshed', { time: formatTime(new Date(cases.dataUpdatedAt), locale) })}
          </p>
          <QueueTable rows={cases.data.items} />
          <nav className="pager" aria-label={t('queue.pagination')}>
            <button type="button" disabled={params.page <= 1} onClick={() => go({ page: params.page - 1 })}>
              {t('queue.previous')}
            </button>
            <span>{t('queue.page', { page: params.page, pages })}</span>
            <button type="button" disabled={params.page >= pages} onClick={() => go({ page: params.page + 1 })}>
              {t('queue.next')}
            </button>
          </nav>
        </>
      ) : (
        <p role="status">{cases.isError ? t('error.generic') : t('loading')}</p>
      )}
    </>
  );
}
