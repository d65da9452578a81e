import { useRef, useState } from 'react';
import type { StaffContact } from '../api/types';
import { Refusal } from '../forms/Refusal';
import { useI18n } from '../i18n/i18n';
import { EMPTY_ENTRY, formOf, type EntryForm } from '../notifications/staff-entry';
import { RemoveEntryDialog } from './RemoveEntryDialog';
import { StaffEntryForm } from './StaffEntryForm';
import { useStaffDirectory } from './useStaffDirectory';

const COLUMNS = ['staff.name', 'staff.email', 'staff.role', 'staff.teams', 'staff.language', 'staff.delivery', 'staff.actions'] as const;

/** The staff directory the notifier writes to (administrators; the API decides): its entries, a form to keep one, and removal. */
export function StaffDirectoryPage() {
  const { t } = useI18n();
  const { entries, keep, remove } = useStaffDirectory();
  const [form, setForm] = useState<EntryForm>(EMPTY_ENTRY);
  const [removing, setRemoving] = useState<StaffContact | undefined>();
  const [removed, setRemoved] = useState<string | undefined>();
  const news = useRef<HTMLParagraphElement>(null);
  const edit = (entry: StaffContact) => {
    keep.reset();
    setForm(formOf(entry));
    document.getElementById('staff-staffId')?.focus();
  };
  const ask = (entry: StaffContact) => {
    keep.reset();
    remove.reset();
    setRemoved(undefined);
    setRemoving(entry);
  };
  const closed = (gone: boolean) => {
    if (gone && removing) {
      setRemoved(removing.name);
      // The row and its button are gone: the focus goes to what happened.
      news.current?.focus();
    }
    setRemoving(undefined);
  };
  return (
    <>
      <h1>{t('staff.title')}</h1>
      <p>{t('staff.intro')}</p>
      <p role="status" className="confirmation" ref={news} tabIndex={-1}>
        {removed && t('staff.removed', { name: removed })}
      </p>
      {entries.data && <Entries entries={entries.data} onEdit={edit} onRemove={ask} />}
      {entries.isPending && <p role="status">{t('loading')}</p>}
      {entries.error && <Refusal problem={entries.error.problem} />}
      <section aria-labelledby="keep-title">
        <h2 id="keep-title">{t('staff.keep')}</h2>
        <StaffEntryForm form={form} onChange={setForm} keep={keep} />
      </section>
      {removing && <RemoveEntryDialog entry={removing} remove={remove} onClose={closed} />}
    </>
  );
}

interface EntriesProps {
  readonly entries: readonly StaffContact[];
  readonly onEdit: (entry: StaffContact) => void;
  readonly onRemove: (entry: StaffContact) => void;
}

function Entries({ entries, onEdit, onRemove }: EntriesProps) {
  const { t, term } = useI18n();
  if (entries.length === 0) return <p className="empty">{t('staff.empty')}</p>;
  return (
    <table className="queue" id="staff-directory">
      <caption>{t('staff.caption', { count: entries.length })}</caption>
      <thead>
        <tr>
          {COLUMNS.map((key) => (
            <th key={key} scope="col">
              {t(key)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.id} data-staff-id={entry.id}>
            <th scope="row">
              {entry.name}
              <br />
              <code>{entry.id}</code>
            </th>
            <td>{entry.email}</td>
            <td>{term('role', entry.role)}</td>
            <td>
              <ul className="plain">
                {entry.teams.map((team) => (
                  <li key={team}>{term('team', team)}</li>
                ))}
              </ul>
            </td>
            <td>{t(`notices.language.${entry.language}`)}</td>
            <td>{t(`notices.delivery.${entry.delivery}`)}</td>
            <td>
              <div className="buttons">
                <button type="button" onClick={() => onEdit(entry)} aria-label={t('staff.editLabel', { name: entry.name })}>
                  {t('staff.edit')}
                </button>
                <button type="button" onClick={() => onRemove(entry)} aria-label={t('staff.removeLabel', { name: entry.name })}>
                  {t('staff.remove')}
                </button>
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
