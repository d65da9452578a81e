import { useI18n } from '../i18n/i18n';
import type { FieldSpec } from './fields';

interface Props {
  readonly id: string;
  readonly field: FieldSpec;
  readonly text: string;
  readonly invalid: boolean;
  /** A hint (`<id>-hint`) says what the text must look like. */
  readonly hinted: boolean;
  readonly onChange: (text: string) => void;
}

/** The input a field's schema calls for; its text is turned into JSON only when the form is sent. */
export function Control({ id, field, text, invalid, hinted, onChange }: Props) {
  const { lookup } = useI18n();
  const common = {
    id,
    'aria-invalid': invalid || undefined,
    'aria-describedby': [hinted && `${id}-hint`, invalid && `${id}-error`].filter(Boolean).join(' ') || undefined,
    required: field.required,
  };
  switch (field.control) {
    case 'select':
      return (
        <select {...common} value={text} onChange={(event) => onChange(event.target.value)}>
          <option value="" />
          {field.options.map((option) => (
            <option key={option} value={option}>
              {lookup('field', `${field.name}.${option}`) ?? option}
            </option>
          ))}
        </select>
      );
    case 'checkbox':
      return <input {...common} type="checkbox" checked={text === 'true'} onChange={(event) => onChange(String(event.target.checked))} />;
    case 'textarea':
    case 'lines':
    case 'json':
      return <textarea {...common} rows={4} value={text} onChange={(event) => onChange(event.target.value)} />;
    case 'number':
    case 'instant':
    case 'text':
    case 'group':
      return (
        <input
          {...common}
          // An instant is typed as text in the format its hint shows (see instant-text.ts).
          type={field.control === 'number' ? 'number' : 'text'}
          autoComplete={field.control === 'instant' ? 'off' : undefined}
          value={text}
          onChange={(event) => onChange(event.target.value)}
        />
      );
  }
}
