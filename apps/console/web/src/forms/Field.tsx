import type { ApiProblem } from '../api/client';
import type { MessageKey } from '../i18n/fr-CA';
import { useI18n } from '../i18n/i18n';
import { Control } from './Control';
import type { FieldSpec, Texts } from './fields';
import { Refusal } from './Refusal';

/** What a control's text must look like, shown under its label. */
const HINTS: Partial<Record<FieldSpec['control'], MessageKey>> = { json: 'form.json', lines: 'form.lines', instant: 'form.instantFormat' };

interface Props {
  readonly commandType: string;
  readonly field: FieldSpec;
  readonly texts: Texts;
  readonly problem: ApiProblem | undefined;
  readonly onChange: (path: string, text: string) => void;
}

/** One labelled control, or a group of them; a refusal naming it is shown above it and tied to it. */
export function Field({ commandType, field, texts, problem, onChange }: Props) {
  const { t, term, lookup } = useI18n();
  const label = lookup('field', `${commandType}.${field.path}`) ?? term('field', field.name);
  const optional = !field.required && <span className="optional">{t('form.optional')}</span>;
  const mine = problem?.field === field.path ? problem : undefined;
  const id = `${commandType}-${field.path}`;
  if (field.control === 'group') {
    return (
      <fieldset className="group" data-field={field.path}>
        <legend>
          {label} {optional}
        </legend>
        {mine && <Refusal problem={mine} />}
        {field.children.map((child) => (
          <Field key={child.path} commandType={commandType} field={child} texts={texts} problem={problem} onChange={onChange} />
        ))}
      </fieldset>
    );
  }
  const hint = HINTS[field.control] && t(HINTS[field.control]!);
  // A local instant that does not parse never reached the API: say which field and how to write it.
  const words = mine?.code === 'invalid-field' && field.control === 'instant' ? t('form.instantUnreadable', { field: label }) : undefined;
  return (
    <div className={`field${mine ? ' field-error' : ''}`} data-field={field.path}>
      <label htmlFor={id}>
        {label} {optional}
      </label>
      {hint && (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {mine && <Refusal problem={mine} id={`${id}-error`} words={words} />}
      <Control
        id={id}
        hinted={Boolean(hint)}
        field={field}
        text={texts[field.path] ?? ''}
        invalid={Boolean(mine)}
        onChange={(text) => onChange(field.path, text)}
      />
    </div>
  );
}
