import {
  ANALYSIS_RESULT_STANDARD_ID,
  BilateralProjectCommand,
  bilateralProjectDecider,
  BilateralProjectEvent,
  BilateralProjectState,
  bilateralProjectTraits,
  checkEndPartnerNegotiations,
} from '@entente/domain';
import { BILATERAL_PROJECT_SCHEMA_VERSIONS } from '@entente/contracts';
import { CaseDefinition, CaseInput, runCase } from '../shared/case-workflow';
import { BILATERAL_PROJECT_UPDATES, type BilateralProjectStaffCommand, type BilateralProjectView } from './bilateral-project.messages';

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
