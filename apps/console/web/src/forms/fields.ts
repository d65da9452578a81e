import { instantOfText } from './instant-text';
import { resolve, type OpenApiDocument, type Schema } from './openapi';

/** How a schema property is entered: the control, and how its text becomes the JSON value. */
export type Control = 'text' | 'textarea' | 'instant' | 'number' | 'checkbox' | 'select' | 'lines' | 'json' | 'group';

export interface FieldSpec {
  /** Its path in the body (`sender.email`), as the API's refusals name it. */
  readonly path: string;
  readonly name: string;
  readonly control: Control;
  readonly required: boolean;
  readonly options: readonly string[];
  readonly children: readonly FieldSpec[];
}

/** A form's texts, by field path. */
export type Texts = Readonly<Record<string, string>>;

function controlOf(schema: Schema): Control {
  if (schema.enum) return 'select';
  if (schema.type === 'boolean') return 'checkbox';
  if (schema.type === 'integer' || schema.type === 'number') return 'number';
  if (schema.type === 'array') return schema.items?.type === 'string' && !schema.items.enum ? 'lines' : 'json';
  if (schema.properties) return 'group';
  if (schema.type === 'object') return 'json';
  if (schema.format === 'date-time') return 'instant';
  return (schema.maxLength ?? 0) > 300 ? 'textarea' : 'text';
}

/**
 * The fields of a command's body, in the order the API declares them; objects become groups of
 * fields, and what the API keeps only for old clients (deprecated) is not offered.
 */
export function fieldsOf(document: OpenApiDocument, body: Schema, prefix = ''): readonly FieldSpec[] {
  const required = new Set(body.required ?? []);
  const current = Object.entries(body.properties ?? {}).filter(([, raw]) => !raw.deprecated);
  return current.map(([name, raw]) => {
    const schema = resolve(document, raw);
    const path = `${prefix}${name}`;
    const control = controlOf(schema);
    const children = control === 'group' ? fieldsOf(document, schema, `${path}.`) : [];
    return { path, name, control, children, required: required.has(name), options: (schema.enum ?? []).map(String) };
  });
}

/** The JSON value of a field's text, or undefined for a field left blank. */
function valueOf(field: FieldSpec, text: string): unknown {
  if (field.control === 'checkbox') return text === 'true' ? true : undefined;
  if (text.trim() === '') return undefined;
  switch (field.control) {
    case 'number':
      return Number(text);
    case 'instant': {
      const instant = instantOfText(text);
      if (!instant) throw new RangeError('not an instant');
      return instant;
    }
    case 'lines':
      return text
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean);
    case 'json':
      return JSON.parse(text) as unknown;
    default:
      return text;
  }
}

/** The field whose text is not a value (JSON or an instant that does not parse), thrown by `bodyOf`. */
export class UnreadableField extends Error {
  constructor(readonly path: string) {
    super(path);
  }
}

/** The command's body from the form's texts: blank fields, and groups left wholly blank, are left out. */
export function bodyOf(fields: readonly FieldSpec[], texts: Texts): Record<string, unknown> | undefined {
  const body: Record<string, unknown> = {};
  for (const field of fields) {
    let value: unknown;
    try {
      value = field.control === 'group' ? bodyOf(field.children, texts) : valueOf(field, texts[field.path] ?? '');
    } catch (error) {
      throw error instanceof UnreadableField ? error : new UnreadableField(field.path);
    }
    if (value !== undefined) body[field.name] = value;
  }
  return Object.keys(body).length > 0 ? body : undefined;
}
