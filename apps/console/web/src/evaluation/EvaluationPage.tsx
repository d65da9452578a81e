import { useEffect, useState, type FormEvent } from 'react';
import type { ApiError } from '../api/client';
import type { EvaluationAspect, EvaluationLink } from '../api/types';
import { formatLocalDate } from '../i18n/format';
import type { MessageKey } from '../i18n/fr-CA';
import { useI18n } from '../i18n/i18n';
import { Refusal } from '../forms/Refusal';
import { useEvaluationLink } from './useEvaluationLink';

const RATINGS = [1, 2, 3, 4, 5] as const;
type Ratings = Partial<Record<EvaluationAspect, number>>;

/** The API's refusal of a link or an answer, in the participant's words. */
function problemMessage({ problem }: ApiError): MessageKey {
  if (problem.field === 'ratings') return 'evaluation.rateOne';
  if (problem.field === 'token' || problem.statusCode === 404) return 'evaluation.invalid';
  if (problem.statusCode === 410) return 'evaluation.expired';
  if (problem.statusCode === 409) return 'evaluation.used';
  return 'error.generic';
}

/**
 * A mission participant's evaluation, reached from the link in their e-mail without signing in
 * (docs/adr/0023). It opens in the language their contact corresponds in, when staff recorded
 * one; otherwise in French. The other language is a click away.
 */
export function EvaluationPage({ token }: { token: string }) {
  const { t, locale, setLocale, suggestLocale } = useI18n();
  const { link, answer } = useEvaluationLink(token);
  const other = locale === 'fr-CA' ? 'en-CA' : 'fr-CA';
  const language = link.data?.language;
  useEffect(() => {
    // The participant's own click on the switch, before or after, wins over it.
    if (language) suggestLocale(language === 'en' ? 'en-CA' : 'fr-CA');
  }, [language, suggestLocale]);
  return (
    <>
      <header className="banner">
        <span className="brand">{t('app.name')}</span>
        <div className="who">
          <button type="button" lang={other} onClick={() => setLocale(other)} aria-label={t('language.switchLabel')}>
            {t('language.switch')}
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="evaluation">
        <h1>{t('evaluation.title')}</h1>
        {link.isPending && <p role="status">{t('loading')}</p>}
        {link.error && <p role="alert">{t(problemMessage(link.error))}</p>}
        {link.data && <Evaluation page={link.data} answer={answer} />}
      </main>
    </>
  );
}

type Answer = ReturnType<typeof useEvaluationLink>['answer'];

function Evaluation({ page, answer }: { page: EvaluationLink; answer: Answer }) {
  const { t, instant, locale } = useI18n();
  const { mission } = page;
  const date = (day: string) => formatLocalDate(day, locale);
  return (
    <>
      <p>
        {t('evaluation.mission', { theme: mission.theme, city: mission.city, country: mission.country })}{' '}
        {t('evaluation.dates', { startsOn: date(mission.startsOn), endsOn: date(mission.endsOn) })}
      </p>
      <p>{t('evaluation.for', { participant: page.participant })}</p>
      {page.status === 'answered' && (
        <p role="status" className="confirmation">
          {t(answer.isSuccess ? 'evaluation.thanks' : 'evaluation.used')}
        </p>
      )}
      {page.status === 'closed' && <p role="alert">{t('evaluation.expired')}</p>}
      {page.status === 'open' && (
        <>
          <p>{t('evaluation.until', { until: instant(page.answersUntil) })}</p>
          <AnswerForm aspects={page.aspects} answer={answer} />
        </>
      )}
    </>
  );
}

function AnswerForm({ aspects, answer }: { aspects: readonly EvaluationAspect[]; answer: Answer }) {
  const { t } = useI18n();
  const [ratings, setRatings] = useState<Ratings>({});
  const [comment, setComment] = useState('');
  const problem = answer.error?.problem;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    answer.mutate({ ratings, ...(comment.trim() ? { comment } : {}) });
  };
  return (
    <form className="command" onSubmit={submit} noValidate>
      <p className="hint">{t('evaluation.scale')}</p>
      {aspects.map((aspect) => (
        <fieldset key={aspect} className="rating">
          <legend>{t(`evaluation.aspect.${aspect}`)}</legend>
          {problem?.field === `ratings.${aspect}` && <Refusal problem={problem} />}
          {RATINGS.map((value) => (
            <label key={value}>
              <input
                type="radio"
                name={aspect}
                value={value}
                checked={ratings[aspect] === value}
                onChange={() => setRatings({ ...ratings, [aspect]: value })}
              />{' '}
              {value}
            </label>
          ))}
        </fieldset>
      ))}
      <div className="field">
        <label htmlFor="evaluation-comment">
          {t('evaluation.comment')} <span className="optional">{t('form.optional')}</span>
        </label>
        <textarea id="evaluation-comment" maxLength={4000} rows={5} value={comment} onChange={(e) => setComment(e.target.value)} />
      </div>
      {answer.error && !problem?.field?.startsWith('ratings.') && <p role="alert">{t(problemMessage(answer.error))}</p>}
      <button type="submit" disabled={answer.isPending || Object.keys(ratings).length === 0}>
        {t('evaluation.send')}
      </button>
    </form>
  );
}
