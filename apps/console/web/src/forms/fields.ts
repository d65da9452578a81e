import { resolve, type OpenApiDocument, type Schema } from './openapi';

/** How a schema property is entered: the control, and how its text becomes the JSON value. */
export type Control = 'text' | 'textarea' | 'instant' | 'number' | 'checkbox' | 'select' | 'lines' | 'json';

export interface FieldSpec {
  readonly name: string;
  readonly control: Control;
  readonly required: boolean;
  readonly options: readonly string[];
  readonly schema: Schema;
}

function controlOf(schema: Schema): Control {
  if (schema.enum) return 'select';
  if (schema.type === 'boolean') return 'checkbox';
  if (schema.type === 'integer' || schema.type === 'number') return 'number';
  if (schema.type === 'array') return schema.items?.type === 'string' && !schema.items.enum ? 'lines' : 'json';
  if (schema.type === 'object' || schema.properties) return 'json';
  if (schema.format === 'date-time') return 'instant';
  return (schema.maxLength ?? 0) > 300 ? 'textarea' : 'text';
}

/** The fields of a command's body, in the order the API declares them. */
export function fieldsOf(document: OpenApiDocument, body: Schema): readonly FieldSpec[] {
  const required = new Set(body.required ?? []);
  return Object.entries(body.properties ?? {}).map(([name, raw]) => {
    const schema = resolve(document, raw);
    return { name, schema, control: controlOf(schema), required: required.has(name), options: (schema.enum ?? []).map(String) };
  });
}

/** The JSON value of a field's text, or undefined for an optional field left blank. */
export function valueOf(field: FieldSpec, text: string): unknown {
  if (field.control === 'checkbox') return text === 'true';
  if (text.trim() === '') return undefined;
  switch (field.control) {
    case 'number':
      return Number(text);
    case 'instant':
      return new Date(text).toISOString();
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
