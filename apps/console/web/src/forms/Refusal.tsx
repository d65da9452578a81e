import type { ApiProblem } from '../api/client';
import { useI18n } from '../i18n/i18n';

/**
 * The catalogue's words for a refusal (by code and field, else by code), unless the page has
 * better ones of its own; then the API's own text.
 */
export function Refusal({ problem, id, words: own }: { problem: ApiProblem; id?: string; words?: string }) {
  const { t, lookup } = useI18n();
  const words =
    own ?? (problem.field && lookup('error', `${problem.code}.${problem.field}`)) ?? lookup('error', problem.code) ?? t('error.generic');
  return (
    <p className="refusal" id={id} role="alert" data-code={problem.code}>
      {words}
      {problem.message && (
        <span className="api-says">
          {' '}
          {t('form.apiSays')} <span lang="en">{problem.message}</span>
        </span>
      )}
    </p>
  );
}
