import type { ApiProblem } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { Control } from './Control';
import type { FieldSpec, Texts } from './fields';
import { Refusal } from './Refusal';

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
  const hint = field.control === 'json' ? t('form.json') : field.control === 'lines' ? t('form.lines') : undefined;
  return (
    <div className={`field${mine ? ' field-error' : ''}`} data-field={field.path}>
      <label htmlFor={id}>
        {label} {optional}
      </label>
      {hint && <span className="hint">{hint}</span>}
      {mine && <Refusal problem={mine} id={`${id}-error`} />}
      <Control
        id={id}
        field={field}
        text={texts[field.path] ?? ''}
        invalid={Boolean(mine)}
        onChange={(text) => onChange(field.path, text)}
      />
    </div>
  );
}
