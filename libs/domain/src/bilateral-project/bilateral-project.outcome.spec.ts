import type { Actor } from '../shared/command';
import { CommandRefused, ForbiddenCommand, InvalidCommand } from '../shared/errors';
import { DeciderSpecification } from '../testing';
import type { NotifyProjectAnalysisResult, RecordBilateralProjectDeployed, RecordDeploymentSupport } from './bilateral-project.commands';
import { bilateralProjectDecider } from './bilateral-project.decider';
import type { AnalysisResult, BilateralProjectEvent } from './bilateral-project.events';
import {
  accepted,
  AFTER_DUE,
  auditor,
  breached,
  CLOCK,
  command,
  coordinator,
  deployed,
  DEPLOYED_AT,
  director,
  field,
  intake,
  LATER,
  NEGOTIATING,
  NOTIFIED_AT,
  odile,
  olivier,
  refused,
  SUBMITTED,
  SUPPORT_AT,
  supported,
  SUPPORTING,
  supervisor,
  system,
  UNDER_ANALYSIS,
  warned,
  withdrawn,
} from './bilateral-project.fixtures';

const spec = DeciderSpecification.for(bilateralProjectDecider);

const ACCEPTED: AnalysisResult = { result: 'accepted', conditions: ['Final report within 60 days of the last mission'] };
const notify = (data: NotifyProjectAnalysisResult['data'] = ACCEPTED, actor: Actor = olivier, now = NOTIFIED_AT) =>
  command<NotifyProjectAnalysisResult>('NotifyProjectAnalysisResult', data, actor, now);
const support = (data: Partial<RecordDeploymentSupport['data']> = {}, actor = olivier) =>
  command<RecordDeploymentSupport>(
    'RecordDeploymentSupport',
    { description: 'Mission letters sent to the Bavarian State Chancellery', providedAt: SUPPORT_AT, ...data },
    actor,
    LATER,
  );
const deploy = (data: Partial<RecordBilateralProjectDeployed['data']> = {}, actor = olivier) =>
  command<RecordBilateralProjectDeployed>(
    'RecordBilateralProjectDeployed',
    { deployedAt: DEPLOYED_AT, report: 'First trainer mission held in Freising.', ...data },
    actor,
    LATER,
  );

const notified = (
  result: AnalysisResult,
  by: Actor,
  at: string,
  clockOutcome: 'met' | 'late',
  recordedAt = at,
): BilateralProjectEvent[] => [
  { type: 'ProjectAnalysisResultNotified', data: { ...result, notifiedBy: by.id, notifiedAt: at, recordedAt, clockOutcome } },
];

describe('NotifyProjectAnalysisResult', () => {
  it('the assignee notifies an acceptance with conditions in time: the clock is met', () => {
    spec.given(UNDER_ANALYSIS).when(notify()).then([accepted]);
  });

  it('a refusal with its reasons, by a director', () => {
    const result: AnalysisResult = { result: 'refused', reasons: ['Outside the priority areas of the agreement'] };
    spec
      .given(UNDER_ANALYSIS)
      .when(notify(result, director))
      .then(notified(result, director, NOTIFIED_AT, 'met'));
  });

  it('an acceptance without conditions; texts trimmed', () => {
    const withoutConditions = { result: 'accepted' } as AnalysisResult;
    spec
      .given(UNDER_ANALYSIS)
      .when(notify(withoutConditions))
      .then(notified({ result: 'accepted', conditions: [] }, olivier, NOTIFIED_AT, 'met'));
    const padded: AnalysisResult = { result: 'refused', reasons: [' Budget exceeds the envelope '] };
    spec
      .given(UNDER_ANALYSIS)
      .when(notify(padded))
      .then(notified({ result: 'refused', reasons: ['Budget exceeds the envelope'] }, olivier, NOTIFIED_AT, 'met'));
  });

  it('at 17:00 on the 15th working day (Monday 20 April, after Easter) it is still in time', () => {
    spec
      .given([...UNDER_ANALYSIS, warned])
      .when(notify(ACCEPTED, olivier, CLOCK.dueAt))
      .then(notified(ACCEPTED, olivier, CLOCK.dueAt, 'met'));
  });

  it('after the due instant it is late, breach recorded or not', () => {
    spec
      .given(UNDER_ANALYSIS)
      .when(notify(ACCEPTED, olivier, AFTER_DUE))
      .then(notified(ACCEPTED, olivier, AFTER_DUE, 'late'));
    spec
      .given([...UNDER_ANALYSIS, warned, breached])
      .when(notify(ACCEPTED, supervisor, AFTER_DUE))
      .then(notified(ACCEPTED, supervisor, AFTER_DUE, 'late'));
  });

  it('notified in time but recorded after the due instant: met, counted at the notification', () => {
    spec
      .given([...UNDER_ANALYSIS, warned, breached])
      .when(notify({ ...ACCEPTED, notifiedAt: '2026-04-20T15:00:00-04:00' }, olivier, AFTER_DUE))
      .then(notified(ACCEPTED, olivier, '2026-04-20T19:00:00.000Z', 'met', AFTER_DUE));
  });

  it.each([
    ['in the future', '2026-04-14T18:00:00.001Z'],
    ['before the negotiations ended', '2026-03-26T14:59:59Z'],
    ['not an instant', '14 April'],
  ])('rejects a notification %s', (_, notifiedAt) => {
    spec
      .given(UNDER_ANALYSIS)
      .when(notify({ ...ACCEPTED, notifiedAt }))
      .thenThrows(InvalidCommand, field('notifiedAt'));
  });

  it.each([
    ['no case', []],
    ['before the negotiations end', NEGOTIATING],
    ['twice', SUPPORTING],
    ['after a withdrawal', [...UNDER_ANALYSIS, withdrawn([CLOCK.standardId])]],
  ])('is refused on %s', (_, events) => {
    spec.given(events).when(notify(ACCEPTED, supervisor)).thenThrows(CommandRefused);
  });

  it.each<[string, AnalysisResult]>([
    ['result', { result: 'deferred' } as never],
    ['reasons', { result: 'refused', reasons: [] }],
    ['reasons', { result: 'refused' } as never],
    ['reasons.1', { result: 'refused', reasons: ['Budget', ' '] }],
    ['conditions', { result: 'accepted', conditions: 'a final report' as never }],
    ['conditions.0', { result: 'accepted', conditions: [''] }],
    ['conditions', { result: 'refused', reasons: ['Budget'], conditions: ['report'] } as never],
    ['reasons', { result: 'accepted', conditions: [], reasons: ['Budget'] } as never],
  ])('rejects a bad %s', (name, data) => {
    spec.given(UNDER_ANALYSIS).when(notify(data)).thenThrows(InvalidCommand, field(name));
  });

  it('forbids a case officer who is not the assignee', () => {
    spec
      .given(UNDER_ANALYSIS)
      .when(notify(ACCEPTED, odile))
      .thenThrows(ForbiddenCommand, (e) => /assignee/.test(e.message));
  });

  it.each([intake, coordinator, auditor, system])('is forbidden to $role', (actor) => {
    spec.given(UNDER_ANALYSIS).when(notify(ACCEPTED, actor)).thenThrows(ForbiddenCommand);
  });
});

describe('RecordDeploymentSupport', () => {
  it('records operational support for an accepted project, numbered from 1', () => {
    spec.given(SUPPORTING).when(support()).then([supported]);
  });

  it('numbers the next action; a supervisor may record it', () => {
    spec
      .given([...SUPPORTING, supported])
      .when(
        support(
          { description: 'Visit of the Bavarian delegation to Saint-Félicien organized', providedAt: '2026-05-20T13:00:00Z' },
          supervisor,
        ),
      )
      .then([
        {
          type: 'DeploymentSupportProvided',
          data: {
            action: 2,
            description: 'Visit of the Bavarian delegation to Saint-Félicien organized',
            providedAt: '2026-05-20T13:00:00.000Z',
            recordedBy: 'sophie',
          },
        },
      ]);
  });

  it.each([
    ['a project under analysis', UNDER_ANALYSIS],
    ['a refused project', [...UNDER_ANALYSIS, refused]],
    ['a deployed project', [...SUPPORTING, deployed]],
    ['a submitted project', SUBMITTED],
  ])('is refused on %s', (_, events) => {
    spec.given(events).when(support({}, supervisor)).thenThrows(CommandRefused);
  });

  it.each<[string, Partial<RecordDeploymentSupport['data']>]>([
    ['description', { description: '' }],
    ['providedAt', { providedAt: 'in May' }],
    ['providedAt', { providedAt: '2026-06-02T13:00:00.001Z' }], // in the future
    ['providedAt', { providedAt: '2026-04-14T17:59:59Z' }], // before the notification
  ])('rejects a bad %s', (name, data) => {
    spec.given(SUPPORTING).when(support(data)).thenThrows(InvalidCommand, field(name));
  });

  it.each([odile, intake, director, coordinator, auditor, system])('is forbidden to $role ($id)', (actor) => {
    spec.given(SUPPORTING).when(support({}, actor)).thenThrows(ForbiddenCommand);
  });
});

describe('RecordBilateralProjectDeployed', () => {
  it('closes the accepted project as deployed', () => {
    spec
      .given([...SUPPORTING, supported])
      .when(deploy())
      .then([deployed]);
  });

  it('needs no support action', () => {
    spec
      .given(SUPPORTING)
      .when(deploy({}, supervisor))
      .then([{ ...deployed, data: { ...deployed.data, recordedBy: 'sophie' } } as BilateralProjectEvent]);
  });

  it.each([
    ['a project under analysis', UNDER_ANALYSIS],
    ['a refused project', [...UNDER_ANALYSIS, refused]],
    ['twice', [...SUPPORTING, deployed]],
  ])('is refused on %s', (_, events) => {
    spec.given(events).when(deploy({}, supervisor)).thenThrows(CommandRefused);
  });

  it.each<[string, BilateralProjectEvent[], Partial<RecordBilateralProjectDeployed['data']>]>([
    ['report', SUPPORTING, { report: ' ' }],
    ['deployedAt', SUPPORTING, { deployedAt: '2026-06-01' }],
    ['deployedAt', SUPPORTING, { deployedAt: '2026-06-03T00:00:00Z' }], // in the future
    ['deployedAt', SUPPORTING, { deployedAt: '2026-04-01T12:00:00Z' }], // before the notification
    ['deployedAt', [...SUPPORTING, supported], { deployedAt: '2026-05-04T12:00:00Z' }], // before support action 1
  ])('rejects a bad %s', (name, events, data) => {
    spec.given(events).when(deploy(data)).thenThrows(InvalidCommand, field(name));
  });

  it.each([odile, intake, director, auditor, system])('is forbidden to $role ($id)', (actor) => {
    spec.given(SUPPORTING).when(deploy({}, actor)).thenThrows(ForbiddenCommand);
  });
});
