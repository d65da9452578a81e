import {
  ACTION_PLAN_PARTNER_ANSWER_STANDARD_ID,
  ActionPlanProposal,
  checkDeclareServiceDeliveryComplete,
  checkProposeActionPlan,
  COOPERATION_ENGAGEMENT_PERMISSIONS,
  CooperationEngagementCommand,
  cooperationEngagementDecider,
  CooperationEngagementEvent,
  CooperationEngagementState,
  cooperationEngagementTraits,
  DeliveryCompletion,
  ENGAGEMENT_ACTIVITY_REPORT_STANDARD_ID,
} from '@entente/domain';
import { COOPERATION_ENGAGEMENT_SCHEMA_VERSIONS } from '@entente/contracts';
import type { CaseView } from '../shared/case-messages';
import { CaseDefinition, CaseInput, runCase } from '../shared/case-workflow';
import { staffCommandsOf } from '../shared/commands';

export type CooperationEngagementView = CaseView<CooperationEngagementState>;

/** The partner's answer is awaited from each proposal; the activity report from the end of delivery. */
const fromNow = (_data: Record<string, unknown>, now: string) => now;

/**
 * An interparliamentary cooperation engagement: needs assessment, action plan (every version
 * kept), service delivery and the activity report. It may run for years: the runner continues it
 * as new before its history grows long.
 */
export const COOPERATION_ENGAGEMENT_CASE: CaseDefinition<CooperationEngagementState, CooperationEngagementCommand, CooperationEngagementEvent> = {
  caseType: 'cooperation-engagement',
  decider: cooperationEngagementDecider,
  schemaVersions: COOPERATION_ENGAGEMENT_SCHEMA_VERSIONS,
  staffCommands: staffCommandsOf(COOPERATION_ENGAGEMENT_PERMISSIONS),
  clockStarts: {
    ProposeActionPlan: {
      standardId: ACTION_PLAN_PARTNER_ANSWER_STANDARD_ID,
      startedAt: fromNow,
      check: (command, state) => checkProposeActionPlan(command as ActionPlanProposal, state),
    },
    DeclareServiceDeliveryComplete: {
      standardId: ENGAGEMENT_ACTIVITY_REPORT_STANDARD_ID,
      startedAt: fromNow,
      check: (command, state) => checkDeclareServiceDeliveryComplete(command as DeliveryCompletion, state),
    },
  },
  ...cooperationEngagementTraits,
};

export function cooperationEngagementWorkflow(input: CaseInput<CooperationEngagementState>): Promise<CooperationEngagementView> {
  return runCase(COOPERATION_ENGAGEMENT_CASE, input);
}
