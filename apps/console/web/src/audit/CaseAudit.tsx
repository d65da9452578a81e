import type { TimelineEvent } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { AsOf } from './AsOf';
import { Verification } from './Verification';

/** What an auditor checks on a case: its chain, its state at an instant, its history to keep. */
export function CaseAudit({ caseId, timeline }: { caseId: string; timeline: readonly TimelineEvent[] }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="audit-title" className="audit">
      <h2 id="audit-title">{t('audit.title')}</h2>
      <Verification caseId={caseId} timeline={timeline} />
      <p className="exports">
        {t('audit.export')}{' '}
        <a href={`/api/cases/${caseId}/export?format=json`} download>
          JSON
        </a>{' '}
        <a href={`/api/cases/${caseId}/export?format=csv`} download>
          CSV
        </a>
      </p>
      <AsOf caseId={caseId} />
    </section>
  );
}
