import { useState, type FormEvent } from 'react';
import { ApiError, apiSend, type ApiProblem } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { Field } from './Field';
import { fieldsOf, valueOf, type FieldSpec } from './fields';
import { commandSchema, useOpenApi } from './openapi';

interface Props {
  readonly commandType: string;
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  readonly onDone: (answer: unknown) => void;
}

function bodyOf(fields: readonly FieldSpec[], texts: Record<string, string>): Record<string, unknown> | ApiProblem {
  const body: Record<string, unknown> = {};
  for (const field of fields) {
    try {
      const value = valueOf(field, texts[field.name] ?? '');
      if (value !== undefined) body[field.name] = value;
    } catch {
      return { statusCode: 400, code: 'invalid-field', field: field.name, message: '' };
    }
  }
  return body;
}

/**
 * A command as a form built from its request body's schema in the API's OpenAPI document; a
 * refusal is shown beside the field it names, in the person's language.
 */
export function CommandForm({ commandType, operationId, method, path, onDone }: Props) {
  const { t } = useI18n();
  const openApi = useOpenApi();
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<ApiProblem | undefined>();
  const [sending, setSending] = useState(false);
  if (!openApi.data) return <p role="status">{t('loading')}</p>;
  const fields = fieldsOf(openApi.data, commandSchema(openApi.data, operationId, method, path) ?? {});
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = bodyOf(fields, texts);
    if ('code' in body && 'statusCode' in body) return setProblem(body as ApiProblem);
    setSending(true);
    setProblem(undefined);
    try {
      onDone(await apiSend(method, path, body));
      setTexts({});
    } catch (error) {
      setProblem(error instanceof ApiError ? error.problem : { statusCode: 0, code: 'api-unreachable', message: String(error) });
    } finally {
      setSending(false);
    }
  };
  const idPrefix = `${commandType}-`;
  const unplaced = problem && !fields.some((field) => field.name === problem.field);
  return (
    <form className="command" onSubmit={(event) => void submit(event)} noValidate data-command={commandType}>
      {fields.map((field) => (
        <Field
          key={field.name}
          id={`${idPrefix}${field.name}`}
          commandType={commandType}
          field={field}
          text={texts[field.name] ?? ''}
          problem={problem?.field === field.name ? problem : undefined}
          onChange={(text) => setTexts({ ...texts, [field.name]: text })}
        />
      ))}
      {unplaced && <Refusal problem={problem} />}
      <button type="submit" disabled={sending}>
        {sending ? t('form.sending') : t('form.submit')}
      </button>
    </form>
  );
}

/** The catalogue's words for a refusal (by code and field), and the API's own text after them. */
export function Refusal({ problem, id }: { problem: ApiProblem; id?: string }) {
  const { t, lookup } = useI18n();
  const words =
    (problem.field && lookup('error', `${problem.code}.${problem.field}`)) ?? lookup('error', problem.code) ?? t('error.generic');
  return (
    <p className="refusal" id={id} role="alert" data-code={problem.code}>
      {words}
      {problem.message && (
        <span className="api-says">
          {' '}
          {t('form.apiSays')} <span lang="en">{problem.message}</span>
        </span>
      )}
    </p>
  );
}
