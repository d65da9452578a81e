import { ApiError } from '../api/client';
import { CaseAudit } from '../audit/CaseAudit';
import { PlanDiffSection } from '../cooperation-engagement/PlanDiff';
import { Refusal } from '../forms/Refusal';
import { useI18n } from '../i18n/i18n';
import { reference } from '../queue/views';
import { Link } from '../router';
import { Actions } from './Actions';
import { Clocks } from './Clocks';
import { Summary } from './Summary';
import { Timeline } from './Timeline';
import { useCase } from './useCase';

export function CasePage({ caseId }: { caseId: string }) {
  const { t } = useI18n();
  const { detail, actions, commanded } = useCase(caseId);
  return (
    <>
      <p>
        <Link href="/">← {t('case.back')}</Link>
      </p>
      <h1>{t('case.title', { reference: reference(caseId) })}</h1>
      {detail.data ? (
        <div className="case">
          <div>
            <Summary detail={detail.data} />
            <Clocks clocks={detail.data.clocks ?? []} />
            {actions.data && <Actions actions={actions.data.actions} onDone={commanded} />}
          </div>
          <div>
            {detail.data.caseType === 'cooperation-engagement' && <PlanDiffSection caseId={caseId} timeline={detail.data.timeline} />}
            <CaseAudit caseId={caseId} timeline={detail.data.timeline} />
            <Timeline events={detail.data.timeline} />
          </div>
        </div>
      ) : (
        <CaseUnavailable error={detail.error} />
      )}
    </>
  );
}

/**
 * Still loading, or refused by the API (which says why). A 404 settles only after the brief
 * retries for a case not yet in the read model; it then reads as a refusal, since a case outside
 * the person's scope answers the same.
 */
function CaseUnavailable({ error }: { error: Error | null }) {
  const { t } = useI18n();
  if (!error) return <p role="status">{t('loading')}</p>;
  if (error instanceof ApiError && error.problem.statusCode !== 404) return <Refusal problem={error.problem} />;
  return (
    <p className="refusal" role="alert">
      {t('case.notFound')}
    </p>
  );
}
