import { PREMIER_MISSION_SCHEMA_VERSIONS } from '@entente/contracts';
import type { PremierMissionEvent, PremierMissionState } from '@entente/domain';
import {
  answered,
  CGI,
  EVALUATING,
  LAVAL,
  REGISTERING,
  registered,
  STARTS_AT,
  UNDER_WAY,
} from '../../../../libs/domain/src/premier-mission/premier-mission.fixtures';
import { summaryAfter } from '../testing/case-summaries';
import { PREMIER_MISSION_SUMMARY } from './premier-mission.summary';

const summarized = (events: PremierMissionEvent[]) => summaryAfter('premier-mission', PREMIER_MISSION_SCHEMA_VERSIONS, events);

const COMPILED_AT = '2026-07-02T21:00:00.000Z';
const compiled: PremierMissionEvent = {
  type: 'MissionEvaluationsCompiled',
  data: { invited: 2, answered: 2, responseRate: 1, aspects: [], comments: [], compiledAt: COMPILED_AT },
};
const cancelled: PremierMissionEvent = {
  type: 'PremierMissionCancelled',
  data: { reason: 'The Premier’s agenda changed.', cancelledAt: '2026-06-01T14:00:00.000Z', cancelledBy: 'sophie' },
};

describe('a Premier-led mission in the work queue', () => {
  it('reads as its destination, theme and participants, held by its officer, with no service-standard clock', () => {
    expect(summarized(REGISTERING)).toMatchObject({
      caseType: 'premier-mission',
      status: 'registration-open',
      assignee: 'olivier',
      subject: 'Paris (France): Transition énergétique et économie verte, 2 participants',
      senderAddress: null,
      senderName: null,
      receivedAt: new Date(STARTS_AT),
      warnAt: null,
      dueAt: null,
      clockState: null,
      standardId: null,
      answeredAt: null,
      endedAt: null,
      outcome: null,
    });
    expect(summarized(UNDER_WAY)).toMatchObject({ status: 'in-progress', endedAt: null, outcome: null });
  });

  it('closes once the evaluations are compiled, and runs no clock throughout', () => {
    const events = [...EVALUATING, answered(LAVAL.participantId, { briefing: 5 }), answered(CGI.participantId, { transport: 4 }), compiled];
    const row = summarized(events);
    expect(row).toMatchObject({
      status: 'compiled',
      answeredAt: null,
      endedAt: new Date(COMPILED_AT),
      outcome: 'completed',
      clockState: null,
    });
    expect(PREMIER_MISSION_SUMMARY.traits.clocks(row!.state as PremierMissionState)).toEqual([]);
  });

  it('closes when cancelled', () => {
    expect(summarized([...REGISTERING, cancelled])).toMatchObject({
      status: 'cancelled',
      endedAt: new Date('2026-06-01T14:00:00.000Z'),
      outcome: 'cancelled',
    });
  });

  it('has no row until it is planned', () => {
    expect(PREMIER_MISSION_SUMMARY.traits.isOpened({ status: 'none' })).toBe(false);
    expect(() => summarized([registered(LAVAL)])).toThrow('MissionParticipantRegistered (sequence 1) before its opening event');
  });
});
