import type { ApiProblem } from '../api/client';
import { Refusal } from '../forms/Refusal';
import { useI18n } from '../i18n/i18n';
import { DELIVERIES, fieldOf, NOTICE_LANGUAGES, type Delivery, type NoticeLanguage } from './staff-entry';

interface Props {
  /** Keeps the radios' names and ids apart when two forms share a page. */
  readonly form: string;
  readonly language: NoticeLanguage;
  readonly delivery: Delivery;
  readonly onLanguage: (language: NoticeLanguage) => void;
  readonly onDelivery: (delivery: Delivery) => void;
  /** The API's refusal, shown in the group it names. */
  readonly problem: ApiProblem | undefined;
}

/**
 * The language and the rhythm of a person's notifications, as radio groups; the rhythm says that
 * breaches and escalations never wait for the digest (docs/adr/0024).
 */
export function NoticeChoices({ form, language, delivery, onLanguage, onDelivery, problem }: Props) {
  const { t } = useI18n();
  const refused = (field: string) => (fieldOf(problem?.field) === field && problem ? <Refusal problem={problem} /> : null);
  return (
    <>
      <fieldset className="choices" data-field="language">
        <legend>{t('notices.language')}</legend>
        {refused('language')}
        {NOTICE_LANGUAGES.map((value) => (
          <label key={value}>
            <input type="radio" name={`${form}-language`} value={value} checked={language === value} onChange={() => onLanguage(value)} />{' '}
            {t(`notices.language.${value}`)}
          </label>
        ))}
      </fieldset>
      <fieldset className="choices" data-field="delivery" aria-describedby={`${form}-always`}>
        <legend>{t('notices.delivery')}</legend>
        {refused('delivery')}
        {DELIVERIES.map((value) => (
          <label key={value}>
            <input type="radio" name={`${form}-delivery`} value={value} checked={delivery === value} onChange={() => onDelivery(value)} />{' '}
            <span>
              <strong>{t(`notices.delivery.${value}`)}</strong>
              <span className="hint">{t(`notices.delivery.${value}.hint`)}</span>
            </span>
          </label>
        ))}
        <p className="hint" id={`${form}-always`}>
          {t('notices.alwaysAtOnce')}
        </p>
      </fieldset>
    </>
  );
}
