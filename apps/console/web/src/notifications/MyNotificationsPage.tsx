import { useState, type FormEvent } from 'react';
import type { StaffContact } from '../api/types';
import { Refusal } from '../forms/Refusal';
import { useI18n } from '../i18n/i18n';
import { NoticeChoices } from './NoticeChoices';
import { fieldOf } from './staff-entry';
import { useNotificationPreferences } from './useNotificationPreferences';

type Mutation = ReturnType<typeof useNotificationPreferences>['prefer'];

/** "My notifications": where and how the notifier writes to the signed-in person, who sets the language and rhythm. */
export function MyNotificationsPage() {
  const { t } = useI18n();
  const { entry, prefer } = useNotificationPreferences();
  const missing = entry.error?.problem.statusCode === 404;
  return (
    <div className="notices">
      <h1>{t('notices.title')}</h1>
      <p>{t('notices.intro')}</p>
      {entry.isPending && <p role="status">{t('loading')}</p>}
      {missing && (
        <p className="empty" id="not-listed">
          {t('notices.notListed')}
        </p>
      )}
      {entry.error && !missing && <Refusal problem={entry.error.problem} />}
      {entry.data && (
        <>
          <Entry entry={entry.data} />
          <PreferencesForm entry={entry.data} prefer={prefer} />
        </>
      )}
    </div>
  );
}

/** What the administrators keep, shown and not changed here. */
function Entry({ entry }: { entry: StaffContact }) {
  const { t, term } = useI18n();
  const teams = entry.teams.map((team) => term('team', team)).join(', ') || t('notices.noTeam');
  return (
    <section aria-labelledby="entry-title">
      <h2 id="entry-title">{t('notices.yourEntry')}</h2>
      <dl className="summary">
        <div>
          <dt>{t('notices.address')}</dt>
          <dd id="notice-address">{entry.email}</dd>
        </div>
        <div>
          <dt>{t('notices.role')}</dt>
          <dd>{term('role', entry.role)}</dd>
        </div>
        <div>
          <dt>{t('notices.teams')}</dt>
          <dd id="notice-teams">{teams}</dd>
        </div>
      </dl>
      <p className="hint">{t('notices.keptBy')}</p>
    </section>
  );
}

function PreferencesForm({ entry, prefer }: { entry: StaffContact; prefer: Mutation }) {
  const { t } = useI18n();
  const [language, setLanguage] = useState(entry.language);
  const [delivery, setDelivery] = useState(entry.delivery);
  const problem = prefer.error?.problem;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    prefer.mutate({ language, delivery });
  };
  // A new choice is not saved yet: the last answer no longer speaks for the form.
  const changed = (change: () => void) => {
    change();
    prefer.reset();
  };
  const placed = ['language', 'delivery'].includes(fieldOf(problem?.field) ?? '');
  return (
    <section aria-labelledby="choose-title">
      <h2 id="choose-title">{t('notices.choose')}</h2>
      <form className="command" onSubmit={submit} noValidate id="notification-preferences">
        <NoticeChoices
          form="mine"
          language={language}
          delivery={delivery}
          onLanguage={(chosen) => changed(() => setLanguage(chosen))}
          onDelivery={(chosen) => changed(() => setDelivery(chosen))}
          problem={problem}
        />
        {problem && !placed && <Refusal problem={problem} />}
        <div className="buttons">
          <button type="submit" disabled={prefer.isPending}>
            {prefer.isPending ? t('form.sending') : t('notices.save')}
          </button>
          <p role="status" className="confirmation">
            {prefer.isSuccess && t('notices.saved')}
          </p>
        </div>
      </form>
    </section>
  );
}
