import { ROLES, type Actor, type Role } from '../shared/command';
import { ForbiddenCommand } from '../shared/errors';
import { DeciderSpecification } from '../testing';
import type { CooperationEngagementCommand } from './cooperation-engagement.commands';
import { cooperationEngagementDecider } from './cooperation-engagement.decider';
import { AT_FOLLOW_UP, command, opened, otherCoordinator } from './cooperation-engagement.fixtures';
import { COOPERATION_ENGAGEMENT_PERMISSIONS, mayIssueCooperationEngagementCommand } from './cooperation-engagement.permissions';

const spec = DeciderSpecification.for(cooperationEngagementDecider);
type CommandType = CooperationEngagementCommand['type'];
const TYPES = Object.keys(COOPERATION_ENGAGEMENT_PERMISSIONS) as CommandType[];

// Authorization comes before any other check, so the data need not be valid; an opening names
// its coordinator, which the coordinator rule reads.
const attempt = (type: CommandType, actor: Actor) =>
  command<CooperationEngagementCommand>(
    type,
    { coordinatorId: 'sjobert', standardId: 'engagement-activity-report' },
    actor,
    '2026-11-02T15:00:00.000Z',
  );
const givenFor = (type: CommandType) => (type === 'OpenCooperationEngagement' ? [] : AT_FOLLOW_UP);

describe('who may issue each command', () => {
  it('lets coordinators, supervisors and directors run engagements, timers ring, auditors issue nothing', () => {
    const casework = TYPES.filter(
      (type) =>
        ![
          'RaiseServiceStandardWarning',
          'RecordServiceStandardBreach',
          'EscalateServiceStandardBreach',
          'MoveServiceStandardDueDate',
          'PauseServiceStandardClock',
          'ResumeServiceStandardClock',
          'ReassignCooperationEngagement',
        ].includes(type),
    );
    casework.forEach((type) => expect(COOPERATION_ENGAGEMENT_PERMISSIONS[type]).toEqual(['coordinator', 'supervisor', 'director']));
    expect(COOPERATION_ENGAGEMENT_PERMISSIONS.ReassignCooperationEngagement).toEqual(['supervisor', 'director']);
    expect(COOPERATION_ENGAGEMENT_PERMISSIONS.RaiseServiceStandardWarning).toEqual(['system']);
    expect(TYPES.filter((type) => mayIssueCooperationEngagementCommand(type, 'auditor'))).toEqual([]);
  });

  const forbidden = TYPES.flatMap((type) =>
    ROLES.filter((role) => !mayIssueCooperationEngagementCommand(type, role)).map((role): [CommandType, Role] => [type, role]),
  );

  it.each(forbidden)('%s is forbidden to %s', (type, role) => {
    spec
      .given(givenFor(type))
      .when(attempt(type, { id: 'sjobert', role }))
      .thenThrows(ForbiddenCommand, (error) => error.role === role && error.commandType === type);
  });

  const coordinated = TYPES.filter((type) => mayIssueCooperationEngagementCommand(type, 'coordinator'));

  it.each(coordinated)('%s is forbidden to a coordinator of other engagements', (type) => {
    spec
      .given(givenFor(type))
      .when(attempt(type, otherCoordinator))
      .thenThrows(ForbiddenCommand, (error) => /coordinator/.test(error.message));
  });

  it('refuses an unknown command type as invalid', () => {
    expect(() =>
      cooperationEngagementDecider.decide(
        attempt('DissolveParliament' as never, otherCoordinator),
        cooperationEngagementDecider.evolve({ status: 'none' }, opened),
      ),
    ).toThrow(expect.objectContaining({ name: 'InvalidCommand', field: 'type' }));
  });
});
