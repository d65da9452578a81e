import type { Command } from '../shared/command';
import { CommandRefused, InvalidCommand } from '../shared/errors';
import { nowOf, parseInstant, requireOneOf, requirePastInstant, text } from '../shared/validation';
import { requireClockFor } from '../service-standards/clock-plan';
import type { CloseCallForProposals, ExtendCallForProposals, PublishCallForProposals, SubmitProposal } from './call-for-proposals.commands';
import { PROGRAMMES, type CallForProposalsEvent, type Organization } from './call-for-proposals.events';
import { requireStatus } from './call-for-proposals.guards';
import { authorizeCallForProposalsCommand } from './call-for-proposals.permissions';
import { SELECTION_STANDARD_ID } from './call-for-proposals.standards';
import type { CallForProposals, CallForProposalsState } from './call-for-proposals.state';
import { isoAt, requireCriteria, requireOrganization } from './call-for-proposals.validation';

// The call while it is open: publication, proposals, extension, and closing by the timer.

type Events = CallForProposalsEvent[];

export function publish({ data, metadata }: PublishCallForProposals, state: CallForProposalsState): Events {
  if (state.status !== 'none') throw new CommandRefused(`case already exists (${state.caseId})`);
  const now = nowOf(metadata);
  const call = {
    caseId: text(data.caseId, 'caseId'),
    programme: requireOneOf(data.programme, PROGRAMMES, 'programme'),
    title: text(data.title, 'title'),
    criteria: requireCriteria(data.criteria),
  };
  const closesAt = parseInstant(data.closesAt, 'closesAt');
  if (closesAt <= now) throw new InvalidCommand('closesAt', 'must be after the publication');
  const published = { ...call, closesAt: isoAt(closesAt), publishedBy: metadata.actor.id, publishedAt: isoAt(now) };
  return [{ type: 'CallForProposalsPublished', data: published }];
}

/** An organization keeps one name and address across its proposals, so that it gets one notification. */
function requireSameOrganization(call: CallForProposals, organization: Organization): void {
  const known = call.proposals.find((proposal) => proposal.organization.id === organization.id)?.organization;
  if (!known) return;
  const differs = (['name', 'email'] as const).find((key) => known[key] !== organization[key]);
  // The field, never the value: a refusal travels in clear (Temporal's failures, logs).
  if (differs) throw new InvalidCommand(`organization.${differs}`, `organization ${known.id} is recorded with another ${differs}`);
}

export function submit({ data, metadata, type }: SubmitProposal, state: CallForProposalsState): Events {
  const call = requireStatus(state, ['open'], type);
  const proposalId = text(data.proposalId, 'proposalId');
  if (call.proposals.some((proposal) => proposal.proposalId === proposalId)) {
    throw new CommandRefused(`proposal ${proposalId} is already recorded`);
  }
  const organization = requireOrganization(data.organization);
  requireSameOrganization(call, organization);
  const projectTitle = text(data.projectTitle, 'projectTitle');
  const submittedAt = requirePastInstant(data.submittedAt, 'submittedAt', nowOf(metadata));
  if (Date.parse(submittedAt) < Date.parse(call.publishedAt)) {
    throw new InvalidCommand('submittedAt', `must not be before the call was published (${call.publishedAt})`);
  }
  // The true submission instant decides, even when the proposal is recorded after closing.
  if (Date.parse(submittedAt) >= Date.parse(call.closesAt)) {
    throw new CommandRefused(`proposal submitted at ${submittedAt}, after the call closed at ${call.closesAt}`);
  }
  const submitted = { proposalId, organization, projectTitle, submittedAt, recordedBy: metadata.actor.id };
  return [{ type: 'ProposalSubmitted', data: submitted }];
}

export function extend({ data, metadata, type }: ExtendCallForProposals, state: CallForProposalsState): Events {
  const call = requireStatus(state, ['open'], type);
  const now = nowOf(metadata);
  if (now >= Date.parse(call.closesAt)) {
    throw new CommandRefused(`the call closed at ${call.closesAt}; it can be extended only before closing`);
  }
  const closesAt = parseInstant(data.closesAt, 'closesAt');
  if (closesAt <= Date.parse(call.closesAt)) {
    throw new InvalidCommand('closesAt', `must be after the current closing instant (${call.closesAt})`);
  }
  const extension = {
    previousClosesAt: call.closesAt,
    closesAt: isoAt(closesAt),
    reason: text(data.reason, 'reason'),
    extendedBy: metadata.actor.id,
    extendedAt: isoAt(now),
  };
  return [{ type: 'CallForProposalsExtended', data: extension }];
}

/** The closing timer's command before its clock is planned (the plan comes from an activity). */
export type CallClosing = Command<'CloseCallForProposals', Omit<CloseCallForProposals['data'], 'clock'>>;

/**
 * Everything a closing must satisfy except its clock: the workflow calls it first, then plans the
 * selection clock from the returned `closedAt` (the announced closing instant, even if the timer
 * fired late).
 */
export function checkCloseCallForProposals({ type, metadata }: CallClosing, state: CallForProposalsState) {
  authorizeCallForProposalsCommand({ type, metadata }, state);
  const call = requireStatus(state, ['open'], type);
  if (nowOf(metadata) < Date.parse(call.closesAt)) throw new CommandRefused(`the call closes at ${call.closesAt}, not before`);
  return { closedAt: call.closesAt, proposalCount: call.proposals.length };
}

export function close(command: CloseCallForProposals, state: CallForProposalsState): Events {
  const closing = checkCloseCallForProposals(command, state);
  const clock = requireClockFor(command.data.clock, SELECTION_STANDARD_ID, closing.closedAt, `the closing instant (${closing.closedAt})`);
  return [{ type: 'CallForProposalsClosed', data: { ...closing, clock: closing.proposalCount > 0 ? clock : null } }];
}
