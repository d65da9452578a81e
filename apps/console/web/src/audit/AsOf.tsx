import { useState, type FormEvent } from 'react';
import { ApiError, apiGet } from '../api/client';
import { instantOfText } from '../forms/instant-text';
import { Refusal } from '../forms/Refusal';
import { useI18n } from '../i18n/i18n';

/** The case's state as it stood at a chosen instant, folded by the API from its stored events. */
export function AsOf({ caseId }: { caseId: string }) {
  const { t, instant } = useI18n();
  const [at, setAt] = useState('');
  const [answer, setAnswer] = useState<{ at: string; state: unknown } | undefined>();
  const [failure, setFailure] = useState<ApiError | undefined>();
  const [unreadable, setUnreadable] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const iso = instantOfText(at);
    setFailure(undefined);
    setUnreadable(!iso);
    if (!iso) return;
    apiGet<unknown>(`/cases/${caseId}/as-of?at=${encodeURIComponent(iso)}`).then(
      (state) => setAnswer({ at: iso, state }),
      (error: unknown) => setFailure(error instanceof ApiError ? error : undefined),
    );
  };
  return (
    <form className="as-of" onSubmit={submit} noValidate>
      <label htmlFor="as-of-at">{t('audit.asOf')}</label>
      <span className="hint" id="as-of-at-hint">
        {t('form.instantFormat')}
      </span>
      {unreadable && (
        <p className="refusal" id="as-of-at-error" role="alert">
          {t('form.instantUnreadable', { field: t('audit.asOf') })}
        </p>
      )}
      <input
        id="as-of-at"
        type="text"
        autoComplete="off"
        required
        aria-invalid={unreadable || undefined}
        aria-describedby={unreadable ? 'as-of-at-hint as-of-at-error' : 'as-of-at-hint'}
        value={at}
        onChange={(event) => setAt(event.target.value)}
      />
      <button type="submit">{t('audit.show')}</button>
      {failure && <Refusal problem={failure.problem} />}
      {answer && (
        <figure>
          <figcaption>{t('audit.stateAt', { at: instant(answer.at) })}</figcaption>
          <pre tabIndex={0}>{JSON.stringify(answer.state, null, 2)}</pre>
        </figure>
      )}
    </form>
  );
}
