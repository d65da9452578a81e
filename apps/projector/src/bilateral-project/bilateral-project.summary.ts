import { bilateralProjectTraits, type BilateralProject, type BilateralProjectState } from '@entente/domain';
import { CaseTypeSummary, dateOrNull } from '../case-summary/case-type-summary';

/** A bilateral project reads as its institution and partner government in the queue. */
export const BILATERAL_PROJECT_SUMMARY: CaseTypeSummary<BilateralProjectState, BilateralProject> = {
  traits: bilateralProjectTraits,
  columns: (project) => ({
    subject: `${project.title} (${project.agreement.partnerGovernment})`,
    senderAddress: project.institution.contactEmail,
    senderName: project.institution.name,
    receivedAt: new Date(project.submittedAt),
    answeredAt: dateOrNull(project.analysis?.notifiedAt ?? null),
    closedAt: dateOrNull(
      project.closure?.closedAt ??
        project.deployment?.deployedAt ??
        (project.status === 'refused' ? (project.analysis?.notifiedAt ?? null) : null),
    ),
  }),
};
