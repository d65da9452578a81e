import type { ApiProblem } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { Refusal } from './CommandForm';
import type { FieldSpec } from './fields';

interface Props {
  readonly id: string;
  readonly commandType: string;
  readonly field: FieldSpec;
  readonly text: string;
  readonly problem: ApiProblem | undefined;
  readonly onChange: (text: string) => void;
}

/** One labelled control; its refusal, when there is one, is tied to it for screen readers. */
export function Field({ id, commandType, field, text, problem, onChange }: Props) {
  const { t, term, lookup } = useI18n();
  const label = lookup('field', `${commandType}.${field.name}`) ?? term('field', field.name);
  const errorId = `${id}-error`;
  const hint = field.control === 'json' ? t('form.json') : field.control === 'lines' ? t('form.lines') : undefined;
  const common = {
    id,
    'aria-invalid': problem ? true : undefined,
    'aria-describedby': problem ? errorId : undefined,
    required: field.required,
  };
  return (
    <div className={`field${problem ? ' field-error' : ''}`} data-field={field.name}>
      <label htmlFor={id}>
        {label} {!field.required && <span className="optional">{t('form.optional')}</span>}
      </label>
      {hint && <span className="hint">{hint}</span>}
      {problem && <Refusal problem={problem} id={errorId} />}
      {field.control === 'select' ? (
        <select {...common} value={text} onChange={(event) => onChange(event.target.value)}>
          <option value="" />
          {field.options.map((option) => (
            <option key={option} value={option}>
              {lookup('field', `${field.name}.${option}`) ?? option}
            </option>
          ))}
        </select>
      ) : field.control === 'checkbox' ? (
        <input {...common} type="checkbox" checked={text === 'true'} onChange={(event) => onChange(String(event.target.checked))} />
      ) : ['textarea', 'lines', 'json'].includes(field.control) ? (
        <textarea {...common} rows={4} value={text} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input
          {...common}
          type={field.control === 'number' ? 'number' : field.control === 'instant' ? 'datetime-local' : 'text'}
          value={text}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </div>
  );
}
