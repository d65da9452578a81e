import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../api/client';
import type { TimelineEvent } from '../api/types';
import { useI18n } from '../i18n/i18n';

interface CaseVerification {
  readonly events: number;
  readonly verified: boolean;
  readonly firstBreak: { readonly eventId: string; readonly reason: string } | null;
}

/** The case's stored events hashed again and linked, by the API: verified, or where the chain first breaks and why. */
export function Verification({ caseId, timeline }: { caseId: string; timeline: readonly TimelineEvent[] }) {
  const { t } = useI18n();
  const verification = useQuery({
    queryKey: ['verification', caseId, timeline.length],
    queryFn: () => apiGet<CaseVerification>(`/cases/${caseId}/verification`),
  });
  const result = verification.data;
  if (!result) return <p role="status">{verification.isError ? t('error.generic') : t('audit.verifying')}</p>;
  if (result.verified) {
    return (
      <p className="badge badge-ok verification" data-verified="true">
        <span aria-hidden="true">✓</span> {t('audit.verified', { events: result.events })}
      </p>
    );
  }
  const broken = timeline.find((event) => event.eventId === result.firstBreak?.eventId);
  return (
    <div className="verification broken" data-verified="false" role="alert">
      <p className="badge badge-bad">
        <span aria-hidden="true">✕</span> {t('audit.broken', { sequence: broken?.sequence ?? '?' })}
      </p>
      <p>
        {t('audit.why')} <span lang="en">{result.firstBreak?.reason}</span> <code>{result.firstBreak?.eventId}</code>
      </p>
    </div>
  );
}
