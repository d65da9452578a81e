import { useState } from 'react';
import type { CaseAction } from '../api/types';
import { CommandForm } from '../forms/CommandForm';
import { useI18n } from '../i18n/i18n';

/** Only what the API says this person may do now; each opens its form in place. */
export function Actions({ actions, onDone }: { actions: readonly CaseAction[]; onDone: () => void }) {
  const { t, term } = useI18n();
  const [open, setOpen] = useState<string | undefined>();
  const [done, setDone] = useState(false);
  return (
    <section aria-labelledby="actions-title" className="actions">
      <h2 id="actions-title">{t('case.actions')}</h2>
      {done && <p role="status">{t('form.done')}</p>}
      {actions.length === 0 && <p>{t('case.noActions')}</p>}
      {actions.map((action) => (
        <div key={action.commandType} className="action">
          <button
            type="button"
            aria-expanded={open === action.commandType}
            onClick={() => setOpen(open === action.commandType ? undefined : action.commandType)}
          >
            {term('command', action.commandType)}
          </button>
          {open === action.commandType && (
            <CommandForm
              {...action}
              onDone={() => {
                setOpen(undefined);
                setDone(true);
                onDone();
              }}
            />
          )}
        </div>
      ))}
    </section>
  );
}
