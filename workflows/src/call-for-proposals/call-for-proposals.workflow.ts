import {
  CallForProposalsCommand,
  callForProposalsDecider,
  callForProposalsDeciderUnder,
  CallForProposalsEvent,
  CallForProposalsState,
  callForProposalsTraits,
  FIRST_SELECTION_RULES,
  type OrganizationNotified,
} from '@entente/domain';
import {
  CALL_FOR_PROPOSALS_SCHEMA_VERSIONS,
  callForProposalsAsCarried,
  type ConflictOfInterestDeclaredV1,
  type OrganizationNotifiedV2,
  type OrganizationV1,
  type SelectionDecidedV1,
} from '@entente/contracts';
import { takesChange } from '../shared/earlier-changes';
import type { WrittenEvent } from '../shared/case-runner';
import { CaseDefinition, CaseInput, runCase } from '../shared/case-workflow';
import { CALL_FOR_PROPOSALS_UPDATES, type CallForProposalsStaffCommand, type CallForProposalsView } from './call-for-proposals.messages';

type CallDefinition = CaseDefinition<CallForProposalsState, CallForProposalsCommand, CallForProposalsEvent, CallForProposalsStaffCommand>;

/**
 * A call for proposals: a timer closes it at its (possibly extended) closing instant, which
 * starts the selection clock; staff assign evaluators, score, decide and notify.
 */
export const CALL_FOR_PROPOSALS_CASE: CallDefinition = {
  caseType: 'call-for-proposals',
  decider: callForProposalsDecider,
  schemaVersions: CALL_FOR_PROPOSALS_SCHEMA_VERSIONS,
  carriedAsCurrent: callForProposalsAsCarried,
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

/** Under the first rules a conflict recuses from one proposal and a departure has no justification: schema 1 holds it all. */
function asFirstPublished(event: CallForProposalsEvent): WrittenEvent | null {
  if (event.type === 'ConflictOfInterestDeclared') {
    const { alsoRecusedFrom: _none, ...published } = event.data;
    return { schemaVersion: 1, data: published satisfies ConflictOfInterestDeclaredV1 };
  }
  if (event.type === 'SelectionDecided') {
    const { departure: _foundAgainByTheUpcaster, ...published } = event.data;
    return { schemaVersion: 1, data: published satisfies SelectionDecidedV1 };
  }
  return null;
}

/** A call begun before the fair-selection rules: decided under its first rules, written as it published. */
const CALL_UNDER_FIRST_RULES: CallDefinition = {
  ...CALL_FOR_PROPOSALS_CASE,
  decider: callForProposalsDeciderUnder(FIRST_SELECTION_RULES),
  writtenAsPublished: asFirstPublished,
};

/** Before the organization's e-mail was named `email`, its events wrote it as `contactEmail` (schema 1). */
function organizationAsPublished(event: CallForProposalsEvent): WrittenEvent | null {
  if (event.type !== 'ProposalSubmitted' && event.type !== 'OrganizationNotified') return null;
  const { id, name, email } = event.data.organization;
  const organization: OrganizationV1 = { id, name, contactEmail: email };
  const data = event.type === 'OrganizationNotified' ? notificationAsRecorded(event.data) : event.data;
  return { schemaVersion: 1, data: { ...data, organization } };
}

/** Before notifications took their own instant, they were recorded as they happened (schema 2). */
function notificationAsRecorded({ recordedAt: _sameInstant, ...published }: OrganizationNotified['data']): OrganizationNotifiedV2 {
  return published;
}

/** A run begun before notifications took their own instant writes them as it published them. */
const withNotificationsAsRecorded = (definition: CallDefinition): CallDefinition => ({
  ...definition,
  writtenAsPublished: (event) =>
    event.type === 'OrganizationNotified' && !takesChange('call-for-proposals-fact-instants')
      ? { schemaVersion: 2, data: notificationAsRecorded(event.data) }
      : (definition.writtenAsPublished?.(event) ?? null),
});

/** A run begun before the rename writes its organizations as it published them. */
const withOrganizationsAsPublished = (definition: CallDefinition): CallDefinition => ({
  ...definition,
  writtenAsPublished: (event) => organizationAsPublished(event) ?? definition.writtenAsPublished?.(event) ?? null,
});

/**
 * A run begun before a patch replays its decisions under the rules it made them by, and seals
 * the bytes it published; every run begun since (a continued one too) decides under today's rules.
 */
export function callForProposalsWorkflow(input: CaseInput<CallForProposalsState>): Promise<CallForProposalsView> {
  const fairSelection = takesChange('call-for-proposals-fair-selection');
  const definition = fairSelection ? CALL_FOR_PROPOSALS_CASE : CALL_UNDER_FIRST_RULES;
  const oneVocabulary = fairSelection && takesChange('call-for-proposals-one-vocabulary');
  return runCase(oneVocabulary ? withNotificationsAsRecorded(definition) : withOrganizationsAsPublished(definition), input);
}
