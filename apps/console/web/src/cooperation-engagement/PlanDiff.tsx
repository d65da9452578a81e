import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError, apiGet } from '../api/client';
import type { TimelineEvent } from '../api/types';
import { Refusal } from '../forms/Refusal';
import { useI18n } from '../i18n/i18n';
import { planValue, planVersions } from './plan-values';

interface PlanDiff {
  readonly from: number;
  readonly to: number;
  readonly changes: readonly { readonly field: string; readonly before: unknown; readonly after: unknown }[];
}

/** What changed between two versions of an engagement's action plan, the last two by default. */
export function PlanDiffSection({ caseId, timeline }: { caseId: string; timeline: readonly TimelineEvent[] }) {
  const { t, locale } = useI18n();
  const versions = planVersions(timeline.map((event) => event.type));
  const last = versions.length;
  const [chosen, setChosen] = useState<{ from?: number; to?: number }>({});
  const from = chosen.from ?? last - 1;
  const to = chosen.to ?? last;
  const diff = useQuery({
    queryKey: ['plan-diff', caseId, from, to],
    queryFn: () => apiGet<PlanDiff>(`/cooperation-engagements/${caseId}/action-plans/diff?from=${from}&to=${to}`),
    enabled: last >= 2,
  });
  if (last < 2) return null;
  const picker = (name: 'from' | 'to', value: number) => (
    <label className="inline">
      {t(name === 'from' ? 'plan.from' : 'plan.to')}{' '}
      <select value={value} onChange={(event) => setChosen({ ...chosen, [name]: Number(event.target.value) })}>
        {versions.map((version) => (
          <option key={version} value={version}>
            {version}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <section aria-labelledby="plan-diff-title" className="plan-diff">
      <h2 id="plan-diff-title">{t('plan.title')}</h2>
      <p>
        {picker('from', from)} {picker('to', to)}
      </p>
      {diff.error instanceof ApiError && <Refusal problem={diff.error.problem} />}
      {diff.data && diff.data.changes.length === 0 && <p>{t('plan.same')}</p>}
      {diff.data && diff.data.changes.length > 0 && (
        <table className="queue">
          <caption>{t('plan.caption', { from: diff.data.from, to: diff.data.to })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('plan.field')}</th>
              <th scope="col">{t('plan.before', { version: diff.data.from })}</th>
              <th scope="col">{t('plan.after', { version: diff.data.to })}</th>
            </tr>
          </thead>
          <tbody>
            {diff.data.changes.map((change) => (
              <tr key={change.field} data-field={change.field}>
                <th scope="row">
                  <code>{change.field}</code>
                </th>
                <td>
                  <del>{planValue(change.before, locale)}</del>
                </td>
                <td>
                  <ins>{planValue(change.after, locale)}</ins>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
