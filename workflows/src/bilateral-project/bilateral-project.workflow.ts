import {
  ANALYSIS_RESULT_STANDARD_ID,
  BILATERAL_PROJECT_PERMISSIONS,
  BilateralProjectCommand,
  bilateralProjectDecider,
  BilateralProjectEvent,
  BilateralProjectState,
  bilateralProjectTraits,
  checkEndPartnerNegotiations,
  PartnerNegotiationsEnd,
} from '@entente/domain';
import { BILATERAL_PROJECT_SCHEMA_VERSIONS } from '@entente/contracts';
import type { CaseView } from '../shared/case-messages';
import { CaseDefinition, CaseInput, runCase } from '../shared/case-workflow';
import { staffCommandsOf } from '../shared/commands';

export type BilateralProjectView = CaseView<BilateralProjectState>;

/** A bilateral project: when negotiations with the foreign partner end, the result is due in 15 working days. */
export const BILATERAL_PROJECT_CASE: CaseDefinition<BilateralProjectState, BilateralProjectCommand, BilateralProjectEvent> = {
  caseType: 'bilateral-project',
  decider: bilateralProjectDecider,
  schemaVersions: BILATERAL_PROJECT_SCHEMA_VERSIONS,
  staffCommands: staffCommandsOf(BILATERAL_PROJECT_PERMISSIONS),
  clockStarts: {
    EndPartnerNegotiations: {
      standardId: ANALYSIS_RESULT_STANDARD_ID,
      startedAt: (data) => String(data.endedAt),
      startedAtField: 'endedAt',
      check: (command, state) => checkEndPartnerNegotiations(command as PartnerNegotiationsEnd, state),
    },
  },
  ...bilateralProjectTraits,
};

export function bilateralProjectWorkflow(input: CaseInput<BilateralProjectState>): Promise<BilateralProjectView> {
  return runCase(BILATERAL_PROJECT_CASE, input);
}
