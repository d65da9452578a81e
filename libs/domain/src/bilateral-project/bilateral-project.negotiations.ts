import type { Command } from '../shared/command';
import { nowOf, optionalText, requirePastInstant, text } from '../shared/validation';
import { requireClockFor } from '../service-standards/clock-plan';
import type {
  AbandonPartnerNegotiations,
  EndPartnerNegotiations,
  RecordNegotiationRound,
  StartPartnerNegotiations,
} from './bilateral-project.commands';
import type { BilateralProjectEvent } from './bilateral-project.events';
import { authorizeBilateralProjectCommand } from './bilateral-project.permissions';
import { ANALYSIS_RESULT_STANDARD_ID } from './bilateral-project.standards';
import type { BilateralProjectState, Negotiations } from './bilateral-project.state';
import { requireStage } from './bilateral-project.stages';
import { isoNow } from './bilateral-project.validation';

// The negotiations with the foreign partners: started, rounds recorded (optional), then ended
// (which starts the 15-working-day clock) or abandoned (which closes the case).

type Events = BilateralProjectEvent[];

/** The latest recorded step of the negotiations, which a later step may not precede. */
function lastStep(negotiations: Negotiations | null): { at: string; what: string } | undefined {
  if (!negotiations) return undefined;
  const last = negotiations.rounds[negotiations.rounds.length - 1];
  return last ? { at: last.heldAt, what: `round ${last.round}` } : { at: negotiations.startedAt, what: 'the start of negotiations' };
}

export function startNegotiations({ type, data, metadata }: StartPartnerNegotiations, state: BilateralProjectState): Events {
  const project = requireStage(state, 'submitted', type);
  const submission = { at: project.submittedAt, what: 'the submission' };
  const started = {
    startedAt: requirePastInstant(data.startedAt, 'startedAt', nowOf(metadata), submission),
    notes: optionalText(data.notes, 'notes'),
    recordedBy: metadata.actor.id,
  };
  return [{ type: 'PartnerNegotiationsStarted', data: started }];
}

export function recordRound({ type, data, metadata }: RecordNegotiationRound, state: BilateralProjectState): Events {
  const { negotiations } = requireStage(state, 'negotiating', type);
  const round = {
    round: (negotiations?.rounds.length ?? 0) + 1,
    heldAt: requirePastInstant(data.heldAt, 'heldAt', nowOf(metadata), lastStep(negotiations)),
    notes: text(data.notes, 'notes'),
    recordedBy: metadata.actor.id,
  };
  return [{ type: 'NegotiationRoundRecorded', data: round }];
}

/** The end of negotiations before its clock is planned (the plan comes from an activity). */
export type PartnerNegotiationsEnd = Command<'EndPartnerNegotiations', Omit<EndPartnerNegotiations['data'], 'clock'>>;

/**
 * Everything the end of negotiations must satisfy except its clock, so that an update validator
 * can refuse it before the activity plans the clock from `endedAt`.
 */
export function checkEndPartnerNegotiations({ type, data, metadata }: PartnerNegotiationsEnd, state: BilateralProjectState) {
  authorizeBilateralProjectCommand({ type, metadata }, state);
  const { negotiations } = requireStage(state, 'negotiating', type);
  return {
    endedAt: requirePastInstant(data.endedAt, 'endedAt', nowOf(metadata), lastStep(negotiations)),
    notes: optionalText(data.notes, 'notes'),
    recordedBy: metadata.actor.id,
  };
}

export function endNegotiations(command: EndPartnerNegotiations, state: BilateralProjectState): Events {
  const end = checkEndPartnerNegotiations(command, state);
  const clock = requireClockFor(command.data.clock, ANALYSIS_RESULT_STANDARD_ID, end.endedAt, 'endedAt');
  return [{ type: 'PartnerNegotiationsEnded', data: { ...end, clock } }];
}

export function abandonNegotiations({ type, data, metadata }: AbandonPartnerNegotiations, state: BilateralProjectState): Events {
  requireStage(state, 'negotiating', type);
  const abandoned = { reason: text(data.reason, 'reason'), abandonedAt: isoNow(metadata), recordedBy: metadata.actor.id };
  return [{ type: 'PartnerNegotiationsAbandoned', data: abandoned }];
}
