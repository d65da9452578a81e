import { useEffect, useRef } from 'react';
import type { StaffContact } from '../api/types';
import { Refusal } from '../forms/Refusal';
import { useI18n } from '../i18n/i18n';
import type { useStaffDirectory } from './useStaffDirectory';

type Remove = ReturnType<typeof useStaffDirectory>['remove'];

interface Props {
  readonly entry: StaffContact;
  readonly remove: Remove;
  /** Called once the dialog is closed: `removed` when the entry is gone. */
  readonly onClose: (removed: boolean) => void;
}

/**
 * Asks before an entry is removed (the person is told of nothing more): a modal dialog, which
 * keeps the focus inside, closes on Escape and gives the focus back when cancelled.
 */
export function RemoveEntryDialog({ entry, remove, onClose }: Props) {
  const { t } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const removed = useRef(false);
  // Leaving the page removes the dialog, and a dialog out of the document is closed: nothing to undo.
  useEffect(() => {
    if (dialog.current && !dialog.current.open) dialog.current.showModal();
  }, []);
  const confirm = () =>
    remove.mutate(entry, {
      onSuccess: () => {
        removed.current = true;
        dialog.current?.close();
      },
    });
  return (
    <dialog
      ref={dialog}
      className="confirm"
      aria-labelledby="remove-title"
      aria-describedby="remove-text"
      onClose={() => onClose(removed.current)}
    >
      <h2 id="remove-title">{t('staff.confirmTitle', { name: entry.name })}</h2>
      <p id="remove-text">{t('staff.confirmText')}</p>
      {remove.error && <Refusal problem={remove.error.problem} />}
      <div className="buttons">
        <button type="button" className="danger" onClick={confirm} disabled={remove.isPending}>
          {remove.isPending ? t('form.sending') : t('staff.confirm')}
        </button>
        <button type="button" onClick={() => dialog.current?.close()} autoFocus>
          {t('staff.cancel')}
        </button>
      </div>
    </dialog>
  );
}
