import type { Actor } from '../shared/command';
import { CommandRefused, ForbiddenCommand, InvalidCommand } from '../shared/errors';
import { fold } from '../shared/decider';
import { DeciderSpecification } from '../testing';
import type { PremierMissionCommand, RecordMissionEvaluationAnswer } from './premier-mission.commands';
import { premierMissionDecider } from './premier-mission.decider';
import { aspectsFor } from './premier-mission.evaluation-aspects';
import type { PremierMissionEvent } from './premier-mission.events';
import {
  ANSWERED_AT,
  closedRegistration,
  command,
  ended,
  planned,
  registered,
  sent,
  started,
  CGI,
  LAVAL,
} from './premier-mission.fixtures';
import { PREMIER_MISSION_PERMISSIONS } from './premier-mission.permissions';
import type { PremierMission } from './premier-mission.state';

// A participant answering their own evaluation through its link (docs/adr/0023), as the actor
// `{ id: participantId, role: 'participant' }`: that one command, for themselves, once.

const spec = DeciderSpecification.for(premierMissionDecider);
const NOW = '2026-06-29T14:00:00.000Z';
const laval: Actor = { id: 'p-laval', role: 'participant' };

const service = (serviceId: string, kind: string, participantId: string | null): PremierMissionEvent =>
  ({
    type: 'MissionLogisticsServiceRecorded',
    data: {
      serviceId,
      participantId,
      kind,
      description: kind,
      providedOn: null,
      recordedBy: 'olivier',
      recordedAt: '2026-06-01T14:00:00.000Z',
    },
  }) as PremierMissionEvent;

/** A hotel for the delegation, a briefing for Laval, meetings for CGI; both sent the evaluation. */
const EVALUATING: PremierMissionEvent[] = [
  planned,
  registered(LAVAL),
  registered(CGI),
  service('s-hotel', 'accommodation', null),
  service('s-briefing', 'briefing', 'p-laval'),
  service('s-meetings', 'meetings', 'p-cgi'),
  closedRegistration,
  started,
  ended,
  sent(LAVAL),
  sent(CGI),
];

const answer = (data: Partial<RecordMissionEvaluationAnswer['data']> = {}, actor: Actor = laval) =>
  command<RecordMissionEvaluationAnswer>(
    'RecordMissionEvaluationAnswer',
    { participantId: 'p-laval', ratings: { briefing: 5, 'overall-organization': 4 }, comment: 'Merci.', answeredAt: ANSWERED_AT, ...data },
    actor,
    NOW,
  );

const lavalAnswered: PremierMissionEvent = {
  type: 'MissionEvaluationAnswered',
  data: {
    participantId: 'p-laval',
    ratings: { briefing: 5, 'overall-organization': 4 },
    comment: 'Merci.',
    answeredAt: ANSWERED_AT,
    recordedBy: 'p-laval',
  },
};

describe('a participant answering through their evaluation link', () => {
  it('records their answer, recorded by themselves', () => {
    spec.given(EVALUATING).when(answer()).then([lavalAnswered]);
  });

  it('answers once: a second answer is refused, as is one after the compilation', () => {
    spec
      .given([...EVALUATING, lavalAnswered])
      .when(answer())
      .thenThrows(CommandRefused, (error) => /already answered/.test(error.message));
    const compiled: PremierMissionEvent = {
      type: 'MissionEvaluationsCompiled',
      data: { invited: 2, answered: 0, responseRate: 0, aspects: [], comments: [], compiledAt: '2026-07-09T21:00:00.000Z' },
    };
    spec
      .given([...EVALUATING, compiled])
      .when(answer())
      .thenThrows(CommandRefused);
  });

  it('is forbidden to answer for another participant, even one not sent the evaluation', () => {
    spec
      .given(EVALUATING)
      .when(answer({ participantId: 'p-cgi' }))
      .thenThrows(ForbiddenCommand);
    spec
      .given(EVALUATING)
      .when(answer({ participantId: 'p-bombardier' }))
      .thenThrows(ForbiddenCommand);
  });

  it('rates only the services provided to them or to the whole delegation, and the whole organization', () => {
    spec
      .given(EVALUATING)
      .when(answer({ ratings: { meetings: 2 } }))
      .thenThrows(InvalidCommand, (error) => error.field === 'ratings.meetings');
    spec
      .given(EVALUATING)
      .when(answer({ ratings: { accommodation: 3 } }))
      .then([{ ...lavalAnswered, data: { ...lavalAnswered.data, ratings: { accommodation: 3 } } }]);
  });

  it('is asked about the services provided to them, then the whole organization', () => {
    const mission = fold(premierMissionDecider, EVALUATING) as PremierMission;
    expect(aspectsFor(mission, 'p-laval')).toEqual(['accommodation', 'briefing', 'overall-organization']);
    expect(aspectsFor(mission, 'p-cgi')).toEqual(['accommodation', 'meetings', 'overall-organization']);
    expect(aspectsFor(fold(premierMissionDecider, [planned]) as PremierMission, 'p-laval')).toEqual(['overall-organization']);
  });

  it('staff still record a paper form rating any aspect', () => {
    const staff: Actor = { id: 'ines', role: 'intake-officer' };
    spec
      .given(EVALUATING)
      .when(answer({ ratings: { meetings: 2 } }, staff))
      .then([{ ...lavalAnswered, data: { ...lavalAnswered.data, ratings: { meetings: 2 }, recordedBy: 'ines' } }]);
  });

  it.each(Object.keys(PREMIER_MISSION_PERMISSIONS).filter((type) => type !== 'RecordMissionEvaluationAnswer'))(
    'may not issue %s',
    (type) => {
      const other = { type, data: {}, metadata: { actor: laval, now: NOW, correlationId: 'corr-1' } } as PremierMissionCommand;
      spec.given(EVALUATING).when(other).thenThrows(ForbiddenCommand);
    },
  );
});
