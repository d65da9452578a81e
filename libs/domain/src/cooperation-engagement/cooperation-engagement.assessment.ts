import { CommandRefused } from '../shared/errors';
import { factInstant, nowOf, optionalText, requireOneOf, requirePastInstant, text } from '../shared/validation';
import type {
  DecideOnAssistance,
  OpenCooperationEngagement,
  PlanAssessmentMission,
  ReassignCooperationEngagement,
  RecordAssessmentMissionHeld,
  RecordNeeds,
  WithdrawCooperationEngagement,
} from './cooperation-engagement.commands';
import type { CooperationEngagementEvent } from './cooperation-engagement.events';
import { requirePartnerParliament, requireRequester } from './cooperation-engagement.references';
import { dayStep, latestStep, recorded, type PriorStep } from './cooperation-engagement.recorded';
import { COOPERATION_ENGAGEMENT_RULES, requireHeldAsPlanned } from './cooperation-engagement.rules';
import type { CooperationEngagement, CooperationEngagementState } from './cooperation-engagement.state';
import { requireOpen, requireStage } from './cooperation-engagement.stages';
import { requirePeriod, requireSectors, requireTeam } from './cooperation-engagement.validation';

// Opening, stage 1 (needs assessment) and what applies at any stage: reassignment, withdrawal.

type Events = CooperationEngagementEvent[];

export function open({ data, metadata }: OpenCooperationEngagement, state: CooperationEngagementState): Events {
  if (state.status !== 'none') throw new CommandRefused(`case already exists (${state.caseId})`);
  const opened = {
    caseId: text(data.caseId, 'caseId'),
    requester: requireRequester(data.requester, 'requester'),
    partnerParliament: requirePartnerParliament(data.partnerParliament, 'partnerParliament'),
    request: text(data.request, 'request'),
    coordinatorId: text(data.coordinatorId, 'coordinatorId'),
    contactedAt: requirePastInstant(data.contactedAt, 'contactedAt', nowOf(metadata)),
    openedBy: metadata.actor.id,
  };
  return [{ type: 'CooperationEngagementOpened', data: opened }];
}

export function reassign({ data, metadata }: ReassignCooperationEngagement, state: CooperationEngagementState): Events {
  const engagement = requireOpen(state);
  const toCoordinatorId = text(data.coordinatorId, 'coordinatorId');
  if (toCoordinatorId === engagement.coordinatorId) {
    throw new CommandRefused(`the engagement is already coordinated by ${toCoordinatorId}`);
  }
  const reason = optionalText(data.reason, 'reason');
  const reassigned = { fromCoordinatorId: engagement.coordinatorId, toCoordinatorId, reason, ...recorded(metadata) };
  return [{ type: 'CooperationEngagementReassigned', data: reassigned }];
}

/** The contact opened the engagement; needs assessed earlier are replaced, never by older ones. */
function needsFollow(engagement: CooperationEngagement): (PriorStep | null)[] {
  const { contactedAt, needs } = engagement;
  return [{ at: contactedAt, what: 'the contact' }, needs && { at: needs.assessedAt, what: 'the needs already recorded' }];
}

export function recordNeeds({ type, data, metadata }: RecordNeeds, state: CooperationEngagementState): Events {
  const engagement = requireStage(state, 'needs-assessment', type);
  const needs = {
    description: text(data.description, 'description'),
    sectors: requireSectors(data.sectors, 'sectors'),
    assessedAt: factInstant(data.assessedAt, 'assessedAt', metadata, latestStep(needsFollow(engagement))),
  };
  return [{ type: 'NeedsRecorded', data: { ...needs, ...recorded(metadata) } }];
}

export function planMission({ type, data, metadata }: PlanAssessmentMission, state: CooperationEngagementState): Events {
  const { mission } = requireStage(state, 'needs-assessment', type);
  if (mission?.held) throw new CommandRefused(`the assessment mission was already held on ${mission.held.heldOn}`);
  const planned = { ...requirePeriod(data.startsOn, data.endsOn), team: requireTeam(data.team, 'team') };
  return [{ type: 'AssessmentMissionPlanned', data: { ...planned, ...recorded(metadata) } }];
}

export function recordMissionHeld(
  { type, data, metadata }: RecordAssessmentMissionHeld,
  state: CooperationEngagementState,
  rules = COOPERATION_ENGAGEMENT_RULES,
): Events {
  const { mission } = requireStage(state, 'needs-assessment', type);
  if (!mission) throw new CommandRefused('no assessment mission has been planned');
  if (mission.held) throw new CommandRefused(`the assessment mission was already held on ${mission.held.heldOn}`);
  const planned = { ...mission, what: "the mission's planned dates", remedy: 'if it moved, plan it again with its new dates' };
  const held = { heldOn: requireHeldAsPlanned(data.heldOn, nowOf(metadata), planned, rules), findings: text(data.findings, 'findings') };
  return [{ type: 'AssessmentMissionHeld', data: { ...held, ...recorded(metadata) } }];
}

/** Proceeding needs the parliament's needs defined; declining needs a reason and closes the engagement. */
export function decideOnAssistance({ type, data, metadata }: DecideOnAssistance, state: CooperationEngagementState): Events {
  const engagement = requireStage(state, 'needs-assessment', type);
  const decision = requireOneOf(data.decision, ['proceed', 'decline'] as const, 'decision');
  const { mission } = engagement;
  const held = mission?.held ? dayStep(mission.held.heldOn, 'the assessment mission held') : null;
  const decided = () => factInstant(data.decidedAt, 'decidedAt', metadata, latestStep([...needsFollow(engagement), held]));
  if (decision === 'decline') {
    const reason = text((data as { reason?: unknown }).reason, 'reason');
    return [{ type: 'EngagementDeclined', data: { reason, decidedAt: decided(), ...recorded(metadata) } }];
  }
  if (!engagement.needs) throw new CommandRefused("the parliament's needs have not been recorded yet");
  const rationale = optionalText((data as { rationale?: unknown }).rationale, 'rationale');
  return [{ type: 'AssistanceAgreed', data: { rationale, decidedAt: decided(), ...recorded(metadata) } }];
}

/** Ends an open engagement at any stage; clocks still running are cancelled (nothing is owed any more). */
export function withdraw({ data, metadata }: WithdrawCooperationEngagement, state: CooperationEngagementState): Events {
  const engagement = requireOpen(state);
  const cancelledClocks = Object.entries(engagement.clocks)
    .filter(([, clock]) => clock.stoppedAt === null)
    .map(([standardId]) => standardId);
  const withdrawn = { reason: text(data.reason, 'reason'), cancelledClocks, ...recorded(metadata) };
  return [{ type: 'CooperationEngagementWithdrawn', data: withdrawn }];
}
