import type { Command } from '../shared/command';
import { CommandRefused } from '../shared/errors';
import { factInstant, text } from '../shared/validation';
import { requireClockFor } from '../service-standards/clock-plan';
import { outcomeAt } from '../service-standards/clock-state';
import type {
  ApproveActionPlan,
  ProposeActionPlan,
  RejectActionPlan,
  RequestActionPlanModifications,
} from './cooperation-engagement.commands';
import type { CooperationEngagementEvent, PartnerAnswerData } from './cooperation-engagement.events';
import { authorizeCooperationEngagementCommand } from './cooperation-engagement.permissions';
import { requireActionPlan } from './cooperation-engagement.plan';
import { latestStep, recorded, type PriorStep } from './cooperation-engagement.recorded';
import { ACTION_PLAN_PARTNER_ANSWER_STANDARD_ID } from './cooperation-engagement.standards';
import { pendingPlan, type CooperationEngagement, type CooperationEngagementState } from './cooperation-engagement.state';
import { requireStage, runningClock } from './cooperation-engagement.stages';
import { requireWholeNumber } from '../shared/quantities';
import { requireSignatory } from './cooperation-engagement.validation';

// Stage 2: the Assembly proposes a plan; the partner approves it, asks for modifications (then a
// revised version goes back, any number of rounds) or rejects it.

type Events = CooperationEngagementEvent[];

/** A proposal before its clock is planned (the plan comes from an activity, after validation). */
export type ActionPlanProposal = Command<'ProposeActionPlan', Omit<ProposeActionPlan['data'], 'clock'>>;

/** A plan is sent once the Assembly agreed to assist, and a revision once the partner asked for it. */
function proposalFollows(engagement: CooperationEngagement): PriorStep | undefined {
  const answer = engagement.plans[engagement.plans.length - 1]?.answer;
  const agreedAt = engagement.assistanceAgreedAt;
  return latestStep([
    agreedAt ? { at: agreedAt, what: 'the decision to assist' } : null,
    answer ? { at: answer.answeredAt, what: "the partner's request for modifications" } : null,
  ]);
}

/** Everything a proposal must satisfy except its clock, so an update validator can refuse it first. */
export function checkProposeActionPlan({ type, data, metadata }: ActionPlanProposal, state: CooperationEngagementState) {
  authorizeCooperationEngagementCommand({ type, metadata }, state);
  const engagement = requireStage(state, 'action-plan', type);
  const pending = pendingPlan(engagement);
  if (pending) throw new CommandRefused(`version ${pending.version} of the action plan awaits the partner's answer`);
  const previous = engagement.plans[engagement.plans.length - 1];
  const { recordedBy: proposedBy, recordedAt } = recorded(metadata);
  return {
    version: (previous?.version ?? 0) + 1,
    supersedes: previous?.version ?? null,
    plan: requireActionPlan(data.plan),
    proposedBy,
    proposedAt: factInstant(data.proposedAt, 'proposedAt', metadata, proposalFollows(engagement)),
    recordedAt,
  };
}

export function propose(command: ProposeActionPlan, state: CooperationEngagementState): Events {
  const proposal = checkProposeActionPlan(command, state);
  const clock = requireClockFor(command.data.clock, ACTION_PLAN_PARTNER_ANSWER_STANDARD_ID, proposal.proposedAt, 'proposedAt');
  return [{ type: 'ActionPlanProposed', data: { ...proposal, clock } }];
}

type AnswerCommand = ApproveActionPlan | RequestActionPlanModifications | RejectActionPlan;

/**
 * What every answer records: the version awaiting an answer, the partner's signatory, and when the
 * partner answered (not before the proposal, not in the future), measured against the answer clock.
 */
function partnerAnswer({ type, data, metadata }: AnswerCommand, state: CooperationEngagementState): PartnerAnswerData {
  const engagement = requireStage(state, 'action-plan', type);
  const pending = pendingPlan(engagement);
  if (!pending) throw new CommandRefused("no action plan awaits the partner's answer");
  const version = requireWholeNumber(data.version, 'version', 1);
  if (version !== pending.version) {
    throw new CommandRefused(`version ${version} does not await an answer; version ${pending.version} does`);
  }
  const signatory = requireSignatory(data.signatory, 'signatory');
  const answeredAt = factInstant(data.answeredAt, 'answeredAt', metadata, {
    at: pending.proposedAt,
    what: `version ${version} was proposed`,
  });
  const clock = runningClock(engagement, ACTION_PLAN_PARTNER_ANSWER_STANDARD_ID);
  const clockOutcome = outcomeAt(clock, Date.parse(answeredAt));
  return { version, signatory, answeredAt, clockOutcome, ...recorded(metadata) };
}

export function approve(command: ApproveActionPlan, state: CooperationEngagementState): Events {
  return [{ type: 'ActionPlanApproved', data: partnerAnswer(command, state) }];
}

export function requestModifications(command: RequestActionPlanModifications, state: CooperationEngagementState): Events {
  const answer = partnerAnswer(command, state);
  return [{ type: 'ActionPlanModificationsRequested', data: { ...answer, comments: text(command.data.comments, 'comments') } }];
}

export function reject(command: RejectActionPlan, state: CooperationEngagementState): Events {
  const answer = partnerAnswer(command, state);
  return [{ type: 'ActionPlanRejected', data: { ...answer, reason: text(command.data.reason, 'reason') } }];
}
