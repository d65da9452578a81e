import { CommandRefused, InvalidCommand } from '../shared/errors';
import { nowOf, optionalText, requireLocalDate, requireOneOf, requirePastInstant, requireRecord, text } from '../shared/validation';
import { addDays } from '../calendar/local-date';
import { assertTimeZone, instantAt } from '../calendar/time-zone';
import type {
  AssignPremierMission,
  CancelPremierMission,
  ClosePremierMissionRegistration,
  PlanPremierMission,
  RecordMissionLogisticsService,
  RegisterMissionParticipant,
  StartPremierMission,
} from './premier-mission.commands';
import {
  LOGISTICS_SERVICE_KINDS,
  PARTICIPANT_KINDS,
  type MissionDestination,
  type MissionRegistrationClosed,
  type PremierMissionEvent,
} from './premier-mission.events';
import { isoOf, requireOpenMission, requireStatus } from './premier-mission.guards';
import type { PremierMission, PremierMissionState } from './premier-mission.state';
import type { PremierMissionRules } from './premier-mission.rules';
import { requireContact } from './premier-mission.validation';

// The mission before and during the trip: planning, registration, logistics, start, cancellation.

type Events = PremierMissionEvent[];

function requireDestination(value: unknown): MissionDestination {
  const destination = requireRecord(value, 'destination');
  const timeZone = text(destination.timeZone, 'destination.timeZone');
  assertTimeZone(timeZone, 'destination.timeZone');
  return {
    city: text(destination.city, 'destination.city'),
    country: text(destination.country, 'destination.country'),
    timeZone,
  };
}

export function plan(command: PlanPremierMission, state: PremierMissionState): Events {
  if (state.status !== 'none') throw new CommandRefused(`case already exists (${state.caseId})`);
  const { data, metadata } = command;
  const caseId = text(data.caseId, 'caseId');
  const destination = requireDestination(data.destination);
  const theme = text(data.theme, 'theme');
  const startsOn = requireLocalDate(data.startsOn, 'startsOn');
  const endsOn = requireLocalDate(data.endsOn, 'endsOn');
  if (endsOn < startsOn) throw new InvalidCommand('endsOn', 'must not be before startsOn');
  const now = nowOf(command.metadata);
  // The destination's midnights, fixed now so that replay never depends on the zone database.
  const startsAt = instantAt(startsOn, '00:00', destination.timeZone);
  if (Date.parse(startsAt) <= now) throw new InvalidCommand('startsOn', 'must be in the future');
  const endsAt = instantAt(addDays(endsOn, 1), '00:00', destination.timeZone);
  const officerId = text(data.officerId, 'officerId');
  const planned = { caseId, destination, theme, startsOn, endsOn, startsAt, endsAt, officerId };
  return [{ type: 'PremierMissionPlanned', data: { ...planned, plannedBy: metadata.actor.id, plannedAt: isoOf(now) } }];
}

export function assign({ data }: AssignPremierMission, state: PremierMissionState): Events {
  const mission = requireOpenMission(state);
  const officerId = text(data.officerId, 'officerId');
  if (officerId === mission.officerId) throw new CommandRefused(`${officerId} is already in charge of the mission`);
  const reason = optionalText(data.reason, 'reason');
  return [{ type: 'PremierMissionReassigned', data: { fromOfficerId: mission.officerId, toOfficerId: officerId, reason } }];
}

const sameName = (a: string, b: string): boolean => a.localeCompare(b, 'fr', { sensitivity: 'base' }) === 0;

export function register(command: RegisterMissionParticipant, state: PremierMissionState): Events {
  const mission = requireStatus(state, 'registration-open');
  const { data } = command;
  const participantId = text(data.participantId, 'participantId');
  const name = text(data.name, 'name');
  if (mission.participants.some((p) => p.participantId === participantId)) {
    throw new CommandRefused(`participant ${participantId} is already registered`);
  }
  // The field, never the value: a refusal travels in clear (Temporal's failures, logs).
  if (mission.participants.some((p) => sameName(p.name, name)))
    throw new CommandRefused('a participant of that name is already registered');
  const registration = {
    participantId,
    name,
    kind: requireOneOf(data.kind, PARTICIPANT_KINDS, 'kind'),
    contact: requireContact(data.contact),
    registeredAt: requirePastInstant(data.registeredAt, 'registeredAt', nowOf(command.metadata)),
    recordedBy: command.metadata.actor.id,
  };
  return [{ type: 'MissionParticipantRegistered', data: registration }];
}

function registrationClosed(mission: PremierMission, closedBy: string, now: number, onMissionStart: boolean): MissionRegistrationClosed {
  const data = { closedAt: isoOf(now), closedBy, participantCount: mission.participants.length, onMissionStart };
  return { type: 'MissionRegistrationClosed', data };
}

export function closeRegistration(command: ClosePremierMissionRegistration, state: PremierMissionState): Events {
  const mission = requireStatus(state, 'registration-open');
  return [registrationClosed(mission, command.metadata.actor.id, nowOf(command.metadata), false)];
}

function requireParticipantRef(mission: PremierMission, value: unknown): string | null {
  const participantId = optionalText(value, 'participantId');
  if (participantId !== null && !mission.participants.some((p) => p.participantId === participantId)) {
    throw new InvalidCommand('participantId', `no participant ${participantId} is registered for this mission`);
  }
  return participantId;
}

export function recordLogistics(command: RecordMissionLogisticsService, state: PremierMissionState, rules: PremierMissionRules): Events {
  const mission = requireStatus(state, 'registration-open', 'registration-closed', 'in-progress');
  const { data } = command;
  const serviceId = text(data.serviceId, 'serviceId');
  if (mission.services.some((s) => s.serviceId === serviceId)) throw new CommandRefused(`service ${serviceId} is already recorded`);
  const providedOn = data.providedOn === undefined || data.providedOn === null ? null : requireLocalDate(data.providedOn, 'providedOn');
  if (rules.factsInOrder && providedOn !== null && providedOn > mission.endsOn) {
    throw new InvalidCommand('providedOn', `must not be after the mission's last day (${mission.endsOn})`);
  }
  const service = {
    serviceId,
    participantId: requireParticipantRef(mission, data.participantId),
    kind: requireOneOf(data.kind, LOGISTICS_SERVICE_KINDS, 'kind'),
    description: text(data.description, 'description'),
    providedOn,
    recordedBy: command.metadata.actor.id,
    recordedAt: isoOf(nowOf(command.metadata)),
  };
  return [{ type: 'MissionLogisticsServiceRecorded', data: service }];
}

/**
 * The timer starts the mission at its first midnight at the destination; staff may record an
 * earlier departure (a delegation flies out the day before). Registration still open closes with it.
 */
export function start(command: StartPremierMission, state: PremierMissionState): Events {
  const mission = requireStatus(state, 'registration-open', 'registration-closed');
  const now = nowOf(command.metadata);
  if (command.metadata.actor.role === 'system' && now < Date.parse(mission.startsAt)) {
    throw new CommandRefused(`the mission starts at ${mission.startsAt}`);
  }
  const started: PremierMissionEvent = {
    type: 'PremierMissionStarted',
    data: { startedAt: isoOf(now), recordedBy: command.metadata.actor.id },
  };
  return mission.status === 'registration-open' ? [registrationClosed(mission, command.metadata.actor.id, now, true), started] : [started];
}

export function cancel(command: CancelPremierMission, state: PremierMissionState): Events {
  requireStatus(state, 'registration-open', 'registration-closed');
  const data = {
    reason: text(command.data.reason, 'reason'),
    cancelledAt: isoOf(nowOf(command.metadata)),
    cancelledBy: command.metadata.actor.id,
  };
  return [{ type: 'PremierMissionCancelled', data }];
}
