import {
  CallForProposalsCommand,
  callForProposalsDecider,
  CallForProposalsEvent,
  CallForProposalsState,
  callForProposalsTraits,
} from '@entente/domain';
import { CALL_FOR_PROPOSALS_SCHEMA_VERSIONS } from '@entente/contracts';
import { CaseDefinition, CaseInput, runCase } from '../shared/case-workflow';
import { CALL_FOR_PROPOSALS_UPDATES, type CallForProposalsStaffCommand, type CallForProposalsView } from './call-for-proposals.messages';

/**
 * A call for proposals: a timer closes it at its (possibly extended) closing instant, which
 * starts the selection clock; staff assign evaluators, score, decide and notify.
 */
export const CALL_FOR_PROPOSALS_CASE: CaseDefinition<
  CallForProposalsState,
  CallForProposalsCommand,
  CallForProposalsEvent,
  CallForProposalsStaffCommand
> = {
  caseType: 'call-for-proposals',
  decider: callForProposalsDecider,
  schemaVersions: CALL_FOR_PROPOSALS_SCHEMA_VERSIONS,
  updates: CALL_FOR_PROPOSALS_UPDATES,
  clockStarts: {
    CloseCallForProposals: {
      standardId: 'call-for-proposals-selection',
      // The clock starts at the announced closing, even if the timer fires later (a worker down).
      startedAt: (_data, now, state) => (state.status === 'none' ? now : state.closesAt),
      check: () => undefined,
    },
  },
  ...callForProposalsTraits,
};

export function callForProposalsWorkflow(input: CaseInput<CallForProposalsState>): Promise<CallForProposalsView> {
  return runCase(CALL_FOR_PROPOSALS_CASE, input);
}
