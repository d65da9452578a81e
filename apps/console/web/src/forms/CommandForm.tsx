import { useState, type FormEvent } from 'react';
import { ApiError, apiSend, type ApiProblem } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { Field } from './Field';
import { bodyOf, fieldsOf, UnreadableField, type FieldSpec, type Texts } from './fields';
import { commandSchema, useOpenApi } from './openapi';
import { Refusal } from './Refusal';

interface Props {
  readonly commandType: string;
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  readonly onDone: (answer: unknown) => void;
}

const paths = (fields: readonly FieldSpec[]): string[] => fields.flatMap((field) => [field.path, ...paths(field.children)]);

/**
 * A command as a form built from its request body's schema in the API's OpenAPI document; a
 * refusal is shown beside the field it names, in the person's language, and nothing typed is lost.
 */
export function CommandForm({ commandType, operationId, method, path, onDone }: Props) {
  const { t } = useI18n();
  const openApi = useOpenApi();
  const [texts, setTexts] = useState<Texts>({});
  const [problem, setProblem] = useState<ApiProblem | undefined>();
  const [sending, setSending] = useState(false);
  if (!openApi.data) return <p role="status">{t('loading')}</p>;
  const fields = fieldsOf(openApi.data, commandSchema(openApi.data, operationId, method, path) ?? {});
  const send = async () => {
    setSending(true);
    setProblem(undefined);
    try {
      const body = bodyOf(fields, texts) ?? {};
      const answer = await apiSend(method, path, body);
      setTexts({});
      onDone(answer);
    } catch (error) {
      if (error instanceof UnreadableField) setProblem({ statusCode: 400, code: 'invalid-field', field: error.path, message: '' });
      else setProblem(error instanceof ApiError ? error.problem : { statusCode: 0, code: 'api-unreachable', message: String(error) });
    } finally {
      setSending(false);
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void send();
  };
  const unplaced = problem && !paths(fields).includes(problem.field ?? '');
  return (
    <form className="command" onSubmit={submit} noValidate data-command={commandType}>
      {fields.map((field) => (
        <Field
          key={field.path}
          commandType={commandType}
          field={field}
          texts={texts}
          problem={problem}
          onChange={(at, text) => setTexts({ ...texts, [at]: text })}
        />
      ))}
      {unplaced && <Refusal problem={problem} />}
      <button type="submit" disabled={sending}>
        {sending ? t('form.sending') : t('form.submit')}
      </button>
    </form>
  );
}
