import { fold } from '../shared/decider';
import { premierMissionDecider } from './premier-mission.decider';
import { nextPremierMissionAlarm } from './premier-mission.deadlines';
import type { PremierMissionEvent } from './premier-mission.events';
import {
  answered,
  CLOSES_AT,
  closedRegistration,
  ended,
  ENDS_AT,
  EVALUATING,
  planned,
  REGISTERING,
  REMIND_AT,
  STARTS_AT,
  UNDER_WAY,
} from './premier-mission.fixtures';

const at = Date.parse;
const alarmAfter = (events: PremierMissionEvent[], now = '2026-06-29T14:00:00.000Z') =>
  nextPremierMissionAlarm(fold(premierMissionDecider, events), at(now));
const reminded: PremierMissionEvent = {
  type: 'MissionEvaluationReminderSent',
  data: {
    participantId: 'p-cgi',
    name: 'CGI',
    contact: { name: 'Marc Bouchard', email: 'marc.bouchard@cgi.com', phone: null },
    remindedAt: REMIND_AT,
  },
};
const laval = answered('p-laval', { briefing: 5 });
const cgi = answered('p-cgi', { transport: 4 }, null, '2026-06-30T15:00:00.000Z');

describe('nextPremierMissionAlarm', () => {
  it('is nothing without a mission', () => {
    expect(nextPremierMissionAlarm({ status: 'none' }, at(ENDS_AT))).toBeNull();
  });

  it('before the mission, its start, registration open or closed', () => {
    expect(alarmAfter(REGISTERING)).toEqual({ type: 'StartPremierMission', at: STARTS_AT });
    expect(alarmAfter([...REGISTERING, closedRegistration])).toEqual({ type: 'StartPremierMission', at: STARTS_AT });
  });

  it('during the mission, its end', () => {
    expect(alarmAfter(UNDER_WAY)).toEqual({ type: 'EndPremierMission', at: ENDS_AT });
  });

  it('after the end, the reminder; once reminded, the closing', () => {
    expect(alarmAfter(EVALUATING)).toEqual({ type: 'RemindMissionParticipants', at: REMIND_AT });
    expect(alarmAfter([...EVALUATING, laval])).toEqual({ type: 'RemindMissionParticipants', at: REMIND_AT });
    expect(alarmAfter([...EVALUATING, reminded], REMIND_AT)).toEqual({ type: 'CompileMissionEvaluations', at: CLOSES_AT });
  });

  it('skips a reminder the window has already outlived', () => {
    expect(alarmAfter(EVALUATING, CLOSES_AT)).toEqual({ type: 'CompileMissionEvaluations', at: CLOSES_AT });
  });

  it('compiles at once when everyone has answered: at the last answer', () => {
    expect(alarmAfter([...EVALUATING, cgi, laval])).toEqual({ type: 'CompileMissionEvaluations', at: '2026-06-30T15:00:00.000Z' });
    const nobody = [planned, { type: 'PremierMissionStarted', data: { startedAt: STARTS_AT, recordedBy: 'mission-timer' } }, ended];
    expect(alarmAfter(nobody as PremierMissionEvent[])).toEqual({ type: 'CompileMissionEvaluations', at: ENDS_AT });
  });

  it('is nothing once compiled or cancelled', () => {
    const compiled: PremierMissionEvent = {
      type: 'MissionEvaluationsCompiled',
      data: { invited: 2, answered: 0, responseRate: 0, aspects: [], comments: [], compiledAt: CLOSES_AT },
    };
    const cancelled: PremierMissionEvent = {
      type: 'PremierMissionCancelled',
      data: { reason: 'Postponed.', cancelledAt: '2026-06-01T14:00:00.000Z', cancelledBy: 'sophie' },
    };
    expect(alarmAfter([...EVALUATING, compiled])).toBeNull();
    expect(alarmAfter([planned, cancelled])).toBeNull();
  });
});
