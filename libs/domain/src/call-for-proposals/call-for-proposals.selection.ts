import { CommandRefused, InvalidCommand } from '../shared/errors';
import { factInstant, latest, nowOf, optionalText, requireOneOf, text } from '../shared/validation';
import { outcomeAt, startedClock } from '../service-standards/clock-state';
import type { DecideSelection, NotifyOrganization } from './call-for-proposals.commands';
import {
  SELECTION_OUTCOMES,
  type CallForProposalsEvent,
  type NotifiedOutcome,
  type ProposalDecision,
  type RankingDeparture,
  type SelectionOutcome,
} from './call-for-proposals.events';
import { requireProposal, requireStatus } from './call-for-proposals.guards';
import { departingProposalIds, isFullyEvaluated, rankProposals, MINIMUM_EVALUATORS } from './call-for-proposals.ranking';
import type { SelectionRules } from './call-for-proposals.rules';
import { SELECTION_STANDARD_ID } from './call-for-proposals.standards';
import type { CallForProposals, CallForProposalsState } from './call-for-proposals.state';
import { isoAt, requireDistinct, requireList } from './call-for-proposals.validation';

// The decision and the notifications that end the selection.

type Events = CallForProposalsEvent[];
type Entry = { readonly proposalId: string; readonly outcome: SelectionOutcome; readonly reasons: string };

function requireEvaluated(call: CallForProposals): void {
  const pending = call.proposals.filter((proposal) => !isFullyEvaluated(proposal)).map((p) => p.proposalId);
  if (pending.length > 0) {
    throw new CommandRefused(
      `every proposal must first be scored by ${MINIMUM_EVALUATORS} evaluators who declared no conflict; not yet: ${pending.join(', ')}`,
    );
  }
}

/** One entry per proposal of the call, each with an outcome and reasons. */
function requireEntries(call: CallForProposals, value: unknown): Entry[] {
  const entries = requireList(value, 'decisions', 1, (entry, field) => ({
    proposalId: requireProposal(call, text(entry.proposalId, `${field}.proposalId`), `${field}.proposalId`).proposalId,
    outcome: requireOneOf(entry.outcome, SELECTION_OUTCOMES, `${field}.outcome`),
    reasons: text(entry.reasons, `${field}.reasons`),
  }));
  requireDistinct(
    entries.map((entry) => entry.proposalId),
    (index) => `decisions.${index}.proposalId`,
  );
  const missing = call.proposals.filter((proposal) => !entries.some((entry) => entry.proposalId === proposal.proposalId));
  if (missing.length > 0) {
    throw new InvalidCommand('decisions', `must decide every proposal; missing ${missing.map((p) => p.proposalId).join(', ')}`);
  }
  return entries;
}

const JUSTIFICATION = 'departureJustification';

/**
 * Outcomes that depart from the ranking are recorded as a departure, with the justification they
 * require; outcomes that follow it take none. Calls under the first rules record no justification.
 */
function departureOf(decisions: readonly ProposalDecision[], given: unknown, rules: SelectionRules): RankingDeparture | null {
  const proposalIds = departingProposalIds(decisions);
  const justification = optionalText(given, JUSTIFICATION);
  if (proposalIds.length === 0) {
    if (justification !== null) throw new InvalidCommand(JUSTIFICATION, 'is only for outcomes that depart from the ranking');
    return null;
  }
  if (!rules.departuresJustified) {
    if (justification !== null) throw new InvalidCommand(JUSTIFICATION, 'this call records no justification: give it in the reasons');
    return { proposalIds, justification: null };
  }
  if (justification === null) {
    throw new InvalidCommand(JUSTIFICATION, `the outcomes of ${proposalIds.join(', ')} depart from the ranking: state why`);
  }
  return { proposalIds, justification };
}

/** Records each outcome beside the proposal's rank and score, in rank order, for the auditors. */
export function decideSelection({ data, metadata, type }: DecideSelection, state: CallForProposalsState, rules: SelectionRules): Events {
  const call = requireStatus(state, ['evaluating'], type);
  requireEvaluated(call);
  const entries = requireEntries(call, data.decisions);
  const decisions = rankProposals(call.criteria, call.proposals).map((ranked): ProposalDecision => {
    const { outcome, reasons } = entries.find((entry) => entry.proposalId === ranked.proposalId) as Entry;
    return {
      proposalId: ranked.proposalId,
      organizationId: ranked.organizationId,
      outcome,
      reasons,
      rank: ranked.rank,
      score: ranked.score,
    };
  });
  const departure = departureOf(decisions, data.departureJustification, rules);
  return [{ type: 'SelectionDecided', data: { decisions, departure, decidedBy: metadata.actor.id, decidedAt: isoAt(nowOf(metadata)) } }];
}

function outcomesFor(call: CallForProposals, organizationId: string): NotifiedOutcome[] {
  const decisions = call.decision?.decisions ?? [];
  return call.proposals
    .filter((proposal) => proposal.organization.id === organizationId)
    .flatMap((proposal) => {
      const decision = decisions.find((candidate) => candidate.proposalId === proposal.proposalId);
      return decision
        ? [{ proposalId: proposal.proposalId, projectTitle: proposal.projectTitle, outcome: decision.outcome, reasons: decision.reasons }]
        : [];
    });
}

/** One notification per organization; the last one completes the selection and stops its clock. */
export function notifyOrganization({ data, metadata, type }: NotifyOrganization, state: CallForProposalsState): Events {
  const call = requireStatus(state, ['decided'], type);
  const organizationId = text(data.organizationId, 'organizationId');
  const proposal = call.proposals.find((candidate) => candidate.organization.id === organizationId);
  if (!proposal) throw new InvalidCommand('organizationId', `no proposal from organization ${organizationId} in this call`);
  if (call.notified.includes(organizationId)) throw new CommandRefused(`organization ${organizationId} was already notified`);
  const decidedAt = call.decision?.decidedAt;
  const notifiedAt = factInstant(
    data.notifiedAt,
    'notifiedAt',
    metadata,
    decidedAt ? { at: decidedAt, what: 'the selection decision' } : undefined,
  );
  const notified = { organization: proposal.organization, outcomes: outcomesFor(call, organizationId), notifiedBy: metadata.actor.id };
  const events: Events = [{ type: 'OrganizationNotified', data: { ...notified, notifiedAt, recordedAt: isoAt(nowOf(metadata)) } }];
  const organizationCount = new Set(call.proposals.map((candidate) => candidate.organization.id)).size;
  if (call.notified.length + 1 < organizationCount) return events;
  // Told in any order, recorded in any order: the selection ended when the last was told.
  const completedAt = latest(call.latestNotificationAt, notifiedAt);
  // The clock started at closing, since the call had proposals.
  const clockOutcome = outcomeAt(startedClock(call.clocks, SELECTION_STANDARD_ID), Date.parse(completedAt));
  return [...events, { type: 'AllOrganizationsNotified', data: { organizationCount, completedAt, clockOutcome } }];
}
