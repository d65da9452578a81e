import {
  ACTION_PLAN_PARTNER_ANSWER_STANDARD_ID,
  checkDeclareServiceDeliveryComplete,
  checkProposeActionPlan,
  CooperationEngagementCommand,
  cooperationEngagementDecider,
  cooperationEngagementDeciderUnder,
  CooperationEngagementEvent,
  CooperationEngagementState,
  cooperationEngagementTraits,
  ENGAGEMENT_ACTIVITY_REPORT_STANDARD_ID,
  DATED_COOPERATION_ENGAGEMENT_RULES,
  FIRST_COOPERATION_ENGAGEMENT_RULES,
  type CooperationEngagementRules,
} from '@entente/domain';
import {
  COOPERATION_ENGAGEMENT_FACT_INSTANTS,
  COOPERATION_ENGAGEMENT_SCHEMA_VERSIONS,
  cooperationEngagementAsCarried,
} from '@entente/contracts';
import { takesChange } from '../shared/earlier-changes';
import type { WrittenEvent } from '../shared/case-runner';
import { CaseDefinition, CaseInput, runCase } from '../shared/case-workflow';
import {
  COOPERATION_ENGAGEMENT_UPDATES,
  type CooperationEngagementStaffCommand,
  type CooperationEngagementView,
} from './cooperation-engagement.messages';

/** Issue 12: facts take the instant they happened; activities keep to the plan's dates. */
const FACT_INSTANTS = 'cooperation-engagement-fact-instants';

/**
 * A case begun before facts took their own instant replays those events as schema 1, the bytes
 * it published: without the fact's instant, which was then the recording's.
 */
function factAsPublished(event: CooperationEngagementEvent): WrittenEvent | null {
  const instant = COOPERATION_ENGAGEMENT_FACT_INSTANTS[event.type];
  if (!instant || takesChange(FACT_INSTANTS)) return null;
  const { [instant.added]: _notWritten, ...published } = event.data as Record<string, unknown>;
  return { schemaVersion: 1, data: published };
}

/** Issue 12: partners are entries of the reference lists, recorded by id. */
const REFERENCE_DATA = 'cooperation-engagement-reference-data';

/** A case begun before its partners had ids replays its opening as schema 1, the bytes it published. */
function partnersAsPublished(event: CooperationEngagementEvent): WrittenEvent | null {
  if (event.type !== 'CooperationEngagementOpened' || takesChange(REFERENCE_DATA)) return null;
  const { requester, partnerParliament } = event.data;
  const data = {
    ...event.data,
    requester: { kind: requester.kind, name: requester.name },
    partnerParliament: { name: partnerParliament.name, country: partnerParliament.country },
  };
  return { schemaVersion: 1, data };
}

/**
 * An interparliamentary cooperation engagement: needs assessment, action plan (every version
 * kept), service delivery and the activity report. It may run for years: the runner continues it
 * as new before its history grows long.
 */
export const COOPERATION_ENGAGEMENT_CASE: CaseDefinition<
  CooperationEngagementState,
  CooperationEngagementCommand,
  CooperationEngagementEvent,
  CooperationEngagementStaffCommand
> = {
  caseType: 'cooperation-engagement',
  decider: cooperationEngagementDecider,
  schemaVersions: COOPERATION_ENGAGEMENT_SCHEMA_VERSIONS,
  writtenAsPublished: (event) => factAsPublished(event) ?? partnersAsPublished(event),
  carriedAsCurrent: cooperationEngagementAsCarried,
  updates: COOPERATION_ENGAGEMENT_UPDATES,
  clockStarts: {
    ProposeActionPlan: {
      standardId: ACTION_PLAN_PARTNER_ANSWER_STANDARD_ID,
      startedAt: (data, now) => data.proposedAt ?? now,
      startedAtField: 'proposedAt',
      check: checkProposeActionPlan,
    },
    DeclareServiceDeliveryComplete: {
      standardId: ENGAGEMENT_ACTIVITY_REPORT_STANDARD_ID,
      startedAt: (data, now) => data.completedAt ?? now,
      startedAtField: 'completedAt',
      check: checkDeclareServiceDeliveryComplete,
    },
  },
  ...cooperationEngagementTraits,
};

/** Issue 12: an activity starts no earlier than the day its plan was approved. */
const AFTER_APPROVAL = 'cooperation-engagement-activities-after-approval';

/** An engagement begun under older rules: decided by them for its run. */
const underRules = (rules: CooperationEngagementRules): typeof COOPERATION_ENGAGEMENT_CASE => ({
  ...COOPERATION_ENGAGEMENT_CASE,
  decider: cooperationEngagementDeciderUnder(rules),
});

/**
 * A run begun before a patch replays the activities it accepted under the rules it accepted
 * them by, and seals the bytes it published; every run begun since (a continued one too) takes
 * today's.
 */
export function cooperationEngagementWorkflow(input: CaseInput<CooperationEngagementState>): Promise<CooperationEngagementView> {
  if (!takesChange(FACT_INSTANTS)) return runCase(underRules(FIRST_COOPERATION_ENGAGEMENT_RULES), input);
  return runCase(takesChange(AFTER_APPROVAL) ? COOPERATION_ENGAGEMENT_CASE : underRules(DATED_COOPERATION_ENGAGEMENT_RULES), input);
}
