import { CommandForm } from '../forms/CommandForm';
import { routeOf, useOpenApi } from '../forms/openapi';
import { useI18n } from '../i18n/i18n';
import { Link, navigate } from '../router';
import { isOpenedCaseType, OPENING_COMMANDS } from './intake';

/** A new case of any type: first its type, then the form of the command that opens it. */
export function IntakePage({ caseType }: { caseType: string | undefined }) {
  const { t, term } = useI18n();
  const openApi = useOpenApi();
  const chosen = caseType && isOpenedCaseType(caseType) ? caseType : undefined;
  const commandType = chosen && OPENING_COMMANDS[chosen];
  const route = commandType && openApi.data ? routeOf(openApi.data, commandType) : undefined;
  return (
    <>
      <h1>{t('intake.title')}</h1>
      <nav aria-label={t('intake.choose')}>
        <ul className="case-types">
          {Object.keys(OPENING_COMMANDS).map((type) => (
            <li key={type}>
              <Link href={`/intake/${type}`} aria-current={type === chosen ? 'page' : undefined}>
                {term('caseType', type)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {chosen && commandType && (
        <section aria-labelledby="intake-form-title">
          <h2 id="intake-form-title">{term('command', commandType)}</h2>
          {route ? (
            <CommandForm
              key={commandType}
              commandType={commandType}
              operationId={commandType}
              {...route}
              onDone={(answer) => navigate(`/cases/${(answer as { caseId: string }).caseId}`)}
            />
          ) : (
            <p role="status">{t('loading')}</p>
          )}
        </section>
      )}
    </>
  );
}
