import { useI18n } from '../i18n/i18n';
import type { QueueParams } from './QueuePage';
import { CASE_TYPES, SORTS, type Sort, type View } from './views';

interface Props {
  readonly params: QueueParams;
  readonly views: readonly View[];
  readonly onChange: (change: Partial<QueueParams>) => void;
}

/** Views as tabs of links (the current one marked), then the filters the API applies. */
export function QueueFilters({ params, views, onChange }: Props) {
  const { t, term } = useI18n();
  return (
    <div className="filters">
      <nav aria-label={t('queue.views')}>
        <ul className="views">
          {views.map((view) => (
            <li key={view}>
              <button type="button" aria-pressed={view === params.view} onClick={() => onChange({ view })}>
                {t(`queue.view.${view}`)}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <label>
        {t('queue.filter.caseType')}
        <select value={params.caseType} onChange={(event) => onChange({ caseType: event.target.value })}>
          <option value="">{t('queue.filter.any')}</option>
          {CASE_TYPES.map((type) => (
            <option key={type} value={type}>
              {term('caseType', type)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('queue.sort')}
        <select value={params.sort} onChange={(event) => onChange({ sort: event.target.value as Sort })}>
          {SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {t(`queue.sort.${sort}`)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
