import { useState, type FormEvent, type ReactNode } from 'react';
import type { ApiProblem } from '../api/client';
import { Refusal } from '../forms/Refusal';
import type { MessageKey } from '../i18n/fr-CA';
import { useI18n } from '../i18n/i18n';
import { NoticeChoices } from '../notifications/NoticeChoices';
import { EMPTY_ENTRY, entryOf, fieldOf, ROLES, TEAMS, type EntryForm, type Role, type Team } from '../notifications/staff-entry';
import type { useStaffDirectory } from './useStaffDirectory';

type Keep = ReturnType<typeof useStaffDirectory>['keep'];

interface Props {
  readonly form: EntryForm;
  readonly onChange: (form: EntryForm) => void;
  readonly keep: Keep;
}

/** No id, no path to send to: said beside the field, as the API would. */
const NO_ID: ApiProblem = { statusCode: 400, code: 'invalid-field', field: 'staffId', message: '' };

/**
 * Adds or replaces an entry of the staff directory (`PUT /staff-directory/:staffId`): every field of
 * StaffEntryDto, the teams as boxes to tick. The API checks it all; its refusal is shown beside the
 * field it names, and nothing typed is lost.
 */
export function StaffEntryForm({ form, onChange, keep }: Props) {
  const { t, term } = useI18n();
  const [noId, setNoId] = useState(false);
  // Said until anything changes: the page resets `keep` when an entry is edited or removed.
  const saved = keep.isSuccess ? keep.data.name : undefined;
  const problem = noId ? NO_ID : keep.error?.problem;
  const at = fieldOf(problem?.field);
  const refusalOf = (field: string) => (problem && at === field ? problem : undefined);
  const change = (changes: Partial<EntryForm>) => {
    if (keep.isSuccess) keep.reset();
    onChange({ ...form, ...changes });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const entry = entryOf(form);
    setNoId(!entry.staffId);
    if (!entry.staffId) return keep.reset();
    keep.mutate(entry, { onSuccess: () => onChange(EMPTY_ENTRY) });
  };
  const clear = () => {
    setNoId(false);
    keep.reset();
    onChange(EMPTY_ENTRY);
  };
  const toggle = (team: Team, ticked: boolean) =>
    change({ teams: ticked ? [...form.teams, team] : form.teams.filter((kept) => kept !== team) });
  const placed = ['staffId', 'name', 'email', 'role', 'teams', 'language', 'delivery'].includes(at ?? '');
  return (
    <form className="command staff-entry" onSubmit={submit} noValidate id="staff-entry">
      <p className="hint">{t('staff.keepHint')}</p>
      <Labelled field="staffId" label="staff.staffId" hint="staff.staffIdHint" problem={refusalOf('staffId')}>
        {(control) => (
          <input
            {...control}
            type="text"
            autoComplete="off"
            spellCheck={false}
            value={form.staffId}
            onChange={(e) => change({ staffId: e.target.value })}
          />
        )}
      </Labelled>
      <Labelled field="name" label="staff.name" problem={refusalOf('name')}>
        {(control) => (
          <input {...control} type="text" autoComplete="off" value={form.name} onChange={(e) => change({ name: e.target.value })} />
        )}
      </Labelled>
      <Labelled field="email" label="staff.email" problem={refusalOf('email')}>
        {(control) => (
          <input {...control} type="email" autoComplete="off" value={form.email} onChange={(e) => change({ email: e.target.value })} />
        )}
      </Labelled>
      <Labelled field="role" label="staff.role" problem={refusalOf('role')}>
        {(control) => (
          <select {...control} value={form.role} onChange={(e) => change({ role: e.target.value as Role | '' })}>
            <option value="">{t('staff.chooseRole')}</option>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {term('role', role)}
              </option>
            ))}
          </select>
        )}
      </Labelled>
      <fieldset className="choices" data-field="teams">
        <legend>{t('staff.teams')}</legend>
        {refusalOf('teams') && <Refusal problem={refusalOf('teams')!} />}
        {TEAMS.map((team) => (
          <label key={team}>
            <input type="checkbox" checked={form.teams.includes(team)} onChange={(e) => toggle(team, e.target.checked)} />{' '}
            {term('team', team)}
          </label>
        ))}
      </fieldset>
      <NoticeChoices
        form="staff"
        language={form.language}
        delivery={form.delivery}
        onLanguage={(language) => change({ language })}
        onDelivery={(delivery) => change({ delivery })}
        problem={problem}
      />
      {problem && !placed && <Refusal problem={problem} />}
      <div className="buttons">
        <button type="submit" disabled={keep.isPending}>
          {keep.isPending ? t('form.sending') : t('staff.submit')}
        </button>
        <button type="button" onClick={clear}>
          {t('staff.clear')}
        </button>
        <p role="status" className="confirmation">
          {saved && t('staff.kept', { name: saved })}
        </p>
      </div>
    </form>
  );
}

interface Control {
  readonly id: string;
  readonly 'aria-invalid': true | undefined;
  readonly 'aria-describedby': string | undefined;
  readonly required: true;
}

interface LabelledProps {
  readonly field: string;
  readonly label: MessageKey;
  readonly hint?: MessageKey;
  readonly problem: ApiProblem | undefined;
  readonly children: (control: Control) => ReactNode;
}

/** One labelled control with its hint and the refusal naming it above it, tied to it, as the command forms show them. */
function Labelled({ field, label, hint, problem, children }: LabelledProps) {
  const { t } = useI18n();
  const id = `staff-${field}`;
  const describedBy = [hint && `${id}-hint`, problem && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div className={`field${problem ? ' field-error' : ''}`} data-field={field}>
      <label htmlFor={id}>{t(label)}</label>
      {hint && (
        <span className="hint" id={`${id}-hint`}>
          {t(hint)}
        </span>
      )}
      {problem && <Refusal problem={problem} id={`${id}-error`} />}
      {children({ id, 'aria-invalid': problem ? true : undefined, 'aria-describedby': describedBy || undefined, required: true })}
    </div>
  );
}
