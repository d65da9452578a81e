import {
  ANALYSIS_RESULT_STANDARD_ID,
  BilateralProjectCommand,
  bilateralProjectDecider,
  BilateralProjectEvent,
  BilateralProjectState,
  bilateralProjectTraits,
  checkEndPartnerNegotiations,
} from '@entente/domain';
import {
  BILATERAL_PROJECT_SCHEMA_VERSIONS,
  bilateralProjectAsCarried,
  type BilateralProjectSubmittedV1,
  type ProjectAnalysisResultNotifiedV1,
} from '@entente/contracts';
import { takesChange } from '../shared/earlier-changes';
import type { WrittenEvent } from '../shared/case-runner';
import { CaseDefinition, CaseInput, runCase } from '../shared/case-workflow';
import { BILATERAL_PROJECT_UPDATES, type BilateralProjectStaffCommand, type BilateralProjectView } from './bilateral-project.messages';

/**
 * A case begun before notifications took their own instant replays its notification as schema 1,
 * the bytes it published: recorded as it happened, its recording instant was its notification's.
 */
function notificationAsPublished(event: BilateralProjectEvent): WrittenEvent | null {
  if (event.type !== 'ProjectAnalysisResultNotified' || takesChange('bilateral-project-fact-instants')) return null;
  const { recordedAt: _sameAsNotifiedAt, ...published } = event.data;
  return { schemaVersion: 1, data: published satisfies ProjectAnalysisResultNotifiedV1 };
}

/** A case submitted before the institution's e-mail was named `email` replays its submission as schema 1. */
function submissionAsPublished(event: BilateralProjectEvent): WrittenEvent | null {
  if (event.type !== 'BilateralProjectSubmitted' || takesChange('bilateral-project-one-vocabulary')) return null;
  const { name, contactName, email } = event.data.institution;
  const published: BilateralProjectSubmittedV1 = { ...event.data, institution: { name, contactName, contactEmail: email } };
  return { schemaVersion: 1, data: published };
}

/** A bilateral project: when negotiations with the foreign partner end, the result is due in 15 working days. */
export const BILATERAL_PROJECT_CASE: CaseDefinition<
  BilateralProjectState,
  BilateralProjectCommand,
  BilateralProjectEvent,
  BilateralProjectStaffCommand
> = {
  caseType: 'bilateral-project',
  decider: bilateralProjectDecider,
  schemaVersions: BILATERAL_PROJECT_SCHEMA_VERSIONS,
  carriedAsCurrent: bilateralProjectAsCarried,
  writtenAsPublished: (event) => submissionAsPublished(event) ?? notificationAsPublished(event),
  updates: BILATERAL_PROJECT_UPDATES,
  clockStarts: {
    EndPartnerNegotiations: {
      standardId: ANALYSIS_RESULT_STANDARD_ID,
      startedAt: (data) => data.endedAt,
      startedAtField: 'endedAt',
      check: checkEndPartnerNegotiations,
    },
  },
  ...bilateralProjectTraits,
};

export function bilateralProjectWorkflow(input: CaseInput<BilateralProjectState>): Promise<BilateralProjectView> {
  return runCase(BILATERAL_PROJECT_CASE, input);
}
