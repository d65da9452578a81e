import {
  bilateralProjectTraits,
  endedBy,
  STILL_OPEN,
  type BilateralProject,
  type BilateralProjectState,
  type CaseEnding,
} from '@entente/domain';
import { CaseTypeSummary, dateOrNull, endingColumns } from '../case-summary/case-type-summary';

/** A bilateral project reads as its institution and partner government in the queue. */
export const BILATERAL_PROJECT_SUMMARY: CaseTypeSummary<BilateralProjectState, BilateralProject> = {
  traits: bilateralProjectTraits,
  columns: (project) => ({
    subject: `${project.title} (${project.agreement.partnerGovernment})`,
    senderAddress: project.institution.email,
    senderName: project.institution.name,
    receivedAt: new Date(project.submittedAt),
    answeredAt: dateOrNull(project.analysis?.notifiedAt ?? null),
    ...endingColumns(ending(project)),
  }),
};

/** Negotiations abandoned read as cancelled; a refusal ends with the analysis result notified. */
function ending({ status, closure, deployment, analysis }: BilateralProject): CaseEnding {
  if (closure) return endedBy(closure.status === 'abandoned' ? 'cancelled' : 'withdrawn', closure.closedAt);
  if (deployment) return endedBy('completed', deployment.deployedAt);
  return status === 'refused' && analysis ? endedBy('refused', analysis.notifiedAt) : STILL_OPEN;
}
