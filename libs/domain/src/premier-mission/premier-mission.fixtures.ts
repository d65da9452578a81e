import type { Actor } from '../shared/command';
import { QC_PUBLIC_SERVICE_CALENDAR } from '../calendar/working-calendar';
import type { PremierMissionCommand, RegisterMissionParticipant } from './premier-mission.commands';
import { planMissionEvaluation } from './premier-mission.evaluation-plan';
import type {
  MissionEvaluationAnswered,
  MissionEvaluationSent,
  MissionParticipantRegistered,
  PremierMissionEnded,
  PremierMissionEvent,
  PremierMissionPlanned,
  PremierMissionStarted,
} from './premier-mission.events';
import { MISSION_EVALUATION_TARGET } from './premier-mission.standards';

// Test data for the specs beside this file (not exported from index.ts). A mission to Paris on
// the energy transition, Thursday 18 to Tuesday 23 June 2026. It ends at midnight in Paris,
// 18:00 in Québec on the 23rd; with the Fête nationale (24 June) and Canada Day (1 July) off,
// the reminder is due Thursday 2 July at 17:00 and the evaluation closes Thursday 9 July at 17:00.

export const PLANNED_AT = '2026-05-04T14:00:00.000Z';
export const REGISTERED_AT = '2026-05-12T13:30:00.000Z';
export const RECORDED = '2026-05-13T14:00:00.000Z';
export const STARTS_AT = '2026-06-17T22:00:00.000Z'; // Paris midnight, 18 June
export const ENDS_AT = '2026-06-23T22:00:00.000Z'; // Paris midnight, 24 June
export const EVALUATION = planMissionEvaluation(MISSION_EVALUATION_TARGET, QC_PUBLIC_SERVICE_CALENDAR, ENDS_AT);
export const REMIND_AT = '2026-07-02T21:00:00.000Z';
export const CLOSES_AT = '2026-07-09T21:00:00.000Z';
export const ANSWERED_AT = '2026-06-26T15:00:00.000Z';

export const intake: Actor = { id: 'ines', role: 'intake-officer' };
export const olivier: Actor = { id: 'olivier', role: 'case-officer' };
export const odile: Actor = { id: 'odile', role: 'case-officer' };
export const supervisor: Actor = { id: 'sophie', role: 'supervisor' };
export const director: Actor = { id: 'denis', role: 'director' };
export const coordinator: Actor = { id: 'coralie', role: 'coordinator' };
export const secretaryGeneral: Actor = { id: 'genevieve', role: 'secretary-general' };
export const administrator: Actor = { id: 'adam', role: 'administrator' };
export const auditor: Actor = { id: 'aude', role: 'auditor' };
export const system: Actor = { id: 'mission-timer', role: 'system' };

export function command<C extends PremierMissionCommand>(type: C['type'], data: C['data'], actor: Actor, now: string): C {
  return { type, data, metadata: { actor, now, correlationId: 'corr-1' } } as C;
}

export const planned: PremierMissionPlanned = {
  type: 'PremierMissionPlanned',
  data: {
    caseId: 'mission-2026-paris',
    destination: { city: 'Paris', country: 'France', timeZone: 'Europe/Paris' },
    theme: 'Transition énergétique et économie verte',
    startsOn: '2026-06-18',
    endsOn: '2026-06-23',
    startsAt: STARTS_AT,
    endsAt: ENDS_AT,
    officerId: 'olivier',
    plannedBy: 'sophie',
    plannedAt: PLANNED_AT,
  },
};

export const LAVAL: RegisterMissionParticipant['data'] = {
  participantId: 'p-laval',
  name: 'Université Laval',
  kind: 'institution',
  contact: { name: 'Claire Gagnon', email: 'claire.gagnon@ulaval.ca', phone: '418 656-2131' },
  registeredAt: REGISTERED_AT,
};
export const CGI: RegisterMissionParticipant['data'] = {
  participantId: 'p-cgi',
  name: 'CGI',
  kind: 'company',
  contact: { name: 'Marc Bouchard', email: 'marc.bouchard@cgi.com', phone: null },
  registeredAt: REGISTERED_AT,
};

export const registered = (p: RegisterMissionParticipant['data'], recordedBy = 'ines'): MissionParticipantRegistered => ({
  type: 'MissionParticipantRegistered',
  data: { ...(p as Required<typeof p>), contact: { phone: null, ...p.contact }, recordedBy },
});

export const closedRegistration: PremierMissionEvent = {
  type: 'MissionRegistrationClosed',
  data: { closedAt: '2026-06-01T14:00:00.000Z', closedBy: 'olivier', participantCount: 2, onMissionStart: false },
};
export const started: PremierMissionStarted = {
  type: 'PremierMissionStarted',
  data: { startedAt: STARTS_AT, recordedBy: 'mission-timer' },
};
export const ended: PremierMissionEnded = {
  type: 'PremierMissionEnded',
  data: { endedAt: ENDS_AT, recordedBy: 'mission-timer', recordedAt: ENDS_AT, evaluation: EVALUATION },
};
export const sent = ({ participantId, name, contact }: RegisterMissionParticipant['data']): MissionEvaluationSent => ({
  type: 'MissionEvaluationSent',
  data: { participantId, name, contact: { phone: null, ...contact }, sentAt: ENDS_AT },
});
export const answered = (
  participantId: string,
  ratings: MissionEvaluationAnswered['data']['ratings'],
  comment: string | null = null,
  answeredAt = ANSWERED_AT,
): MissionEvaluationAnswered => ({
  type: 'MissionEvaluationAnswered',
  data: { participantId, ratings, comment, answeredAt, recordedBy: 'ines' },
});

/** Registration open, two participants. */
export const REGISTERING: PremierMissionEvent[] = [planned, registered(LAVAL), registered(CGI)];
/** In Paris. */
export const UNDER_WAY: PremierMissionEvent[] = [...REGISTERING, closedRegistration, started];
/** Back home, both participants sent the evaluation. */
export const EVALUATING: PremierMissionEvent[] = [...UNDER_WAY, ended, sent(LAVAL), sent(CGI)];
