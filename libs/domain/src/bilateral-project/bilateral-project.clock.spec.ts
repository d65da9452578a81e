import type { Actor } from '../shared/command';
import { CommandRefused, ForbiddenCommand } from '../shared/errors';
import { fold } from '../shared/decider';
import { DeciderSpecification } from '../testing';
import { QC_PUBLIC_SERVICE_CALENDAR } from '../calendar/working-calendar';
import { planClock } from '../service-standards/clock-plan';
import { bilateralProjectDecider as decider } from './bilateral-project.decider';
import { nextBilateralProjectAlarm } from './bilateral-project.deadlines';
import type { BilateralProjectEvent } from './bilateral-project.events';
import {
  accepted,
  AFTER_DUE,
  auditor,
  breached,
  CLOCK,
  command,
  ENDED_AT,
  NEGOTIATING,
  submitted,
  started,
  ended,
  supervisor,
  system,
  UNDER_ANALYSIS,
  warned,
  withdrawn,
} from './bilateral-project.fixtures';
import {
  ANALYSIS_RESULT_STANDARD_ID,
  BILATERAL_PROJECT_ANALYSIS_RESULT_STANDARD,
  BILATERAL_PROJECT_STANDARDS,
} from './bilateral-project.standards';

const spec = DeciderSpecification.for(decider);
const WARN_AT = '2026-04-15T21:00:00.000Z'; // Wednesday 17:00 Eastern, three working days before
const DUE_AT = '2026-04-20T21:00:00.000Z'; // Monday 17:00 Eastern: Good Friday and Easter Monday skipped

const clockCommand = (type: 'RaiseServiceStandardWarning' | 'RecordServiceStandardBreach', now: string, actor: Actor = system) =>
  command(type, { standardId: ANALYSIS_RESULT_STANDARD_ID }, actor, now);
const warn = (now = WARN_AT, actor?: Actor) => clockCommand('RaiseServiceStandardWarning', now, actor);
const breach = (now = DUE_AT, actor?: Actor) => clockCommand('RecordServiceStandardBreach', now, actor);

describe('the analysis-result standard', () => {
  it('is the declaration’s: 15 working days, escalated to a supervisor, one standard for the case type', () => {
    expect(BILATERAL_PROJECT_ANALYSIS_RESULT_STANDARD).toMatchObject({
      id: 'bilateral-project-analysis-result',
      version: 1,
      effectiveFrom: '2001-04-01',
      workingDays: 15,
      escalation: { onBreach: 'supervisor' },
      clock: {
        startsOn: 'PartnerNegotiationsEnded',
        stopsOn: ['ProjectAnalysisResultNotified'],
        cancelledOn: ['BilateralProjectWithdrawn'],
      },
    });
    expect(BILATERAL_PROJECT_ANALYSIS_RESULT_STANDARD.source).toContain('within 15 working days following the end of negotiations');
    expect(BILATERAL_PROJECT_STANDARDS).toEqual([BILATERAL_PROJECT_ANALYSIS_RESULT_STANDARD]);
  });

  it('negotiations ended Thursday 26 March 2026: due Monday 20 April 17:00 across Easter, warned Wednesday 15', () => {
    expect(CLOCK).toMatchObject({
      standardId: ANALYSIS_RESULT_STANDARD_ID,
      startedAt: ENDED_AT,
      warnAt: WARN_AT,
      dueAt: DUE_AT,
      escalateTo: 'supervisor',
    });
  });

  it('ended on Friday 19 June 2026: the Fête nationale and Canada Day are skipped (due Tuesday 14 July)', () => {
    const plan = planClock(BILATERAL_PROJECT_ANALYSIS_RESULT_STANDARD, QC_PUBLIC_SERVICE_CALENDAR, '2026-06-19T18:00:00Z');
    expect(plan.dueAt).toBe('2026-07-14T21:00:00.000Z');
  });
});

describe('RaiseServiceStandardWarning', () => {
  it('warns the assignee at warnAt', () => {
    spec.given(UNDER_ANALYSIS).when(warn()).then([warned]);
  });

  it('warns the supervisors when nobody is assigned', () => {
    const data = { ...warned.data, notify: { role: 'supervisor', officerId: null } };
    spec
      .given([submitted, started, ended])
      .when(warn())
      .then([{ type: 'ServiceStandardWarning', data } as BilateralProjectEvent]);
  });

  it.each([
    ['before warnAt', UNDER_ANALYSIS, '2026-04-15T20:59:59.999Z'],
    ['twice', [...UNDER_ANALYSIS, warned], WARN_AT],
    ['before the negotiations end (no clock)', NEGOTIATING, WARN_AT],
    ['after the notification', [...UNDER_ANALYSIS, accepted], WARN_AT],
    ['after a withdrawal', [...UNDER_ANALYSIS, withdrawn([ANALYSIS_RESULT_STANDARD_ID])], WARN_AT],
    ['without a case', [], WARN_AT],
  ])('is refused %s', (_, events, now) => {
    spec.given(events).when(warn(now)).thenThrows(CommandRefused);
  });

  it.each([supervisor, auditor])('is forbidden to $role: timers only', (actor) => {
    spec.given(UNDER_ANALYSIS).when(warn(WARN_AT, actor)).thenThrows(ForbiddenCommand);
  });
});

describe('RecordServiceStandardBreach', () => {
  it('escalates to a supervisor at dueAt', () => {
    spec
      .given([...UNDER_ANALYSIS, warned])
      .when(breach())
      .then([breached]);
  });

  it('records only the breach when the end of negotiations was recorded too late to warn', () => {
    spec
      .given(UNDER_ANALYSIS)
      .when(breach(AFTER_DUE))
      .then([{ ...breached, data: { ...breached.data, breachedAt: AFTER_DUE } } as BilateralProjectEvent]);
  });

  it.each([
    ['before dueAt', [...UNDER_ANALYSIS, warned], '2026-04-20T20:59:59.999Z'],
    ['twice', [...UNDER_ANALYSIS, warned, breached], AFTER_DUE],
    ['after the notification', [...UNDER_ANALYSIS, accepted], AFTER_DUE],
    ['before the negotiations end', NEGOTIATING, AFTER_DUE],
  ])('is refused %s', (_, events, now) => {
    spec.given(events).when(breach(now)).thenThrows(CommandRefused);
  });

  it.each([supervisor, auditor])('is forbidden to $role: timers only', (actor) => {
    spec.given(UNDER_ANALYSIS).when(breach(DUE_AT, actor)).thenThrows(ForbiddenCommand);
  });
});

describe('nextBilateralProjectAlarm', () => {
  const alarmAfter = (events: BilateralProjectEvent[], now: string) => nextBilateralProjectAlarm(fold(decider, events), Date.parse(now));
  const EARLY = '2026-03-27T13:00:00.000Z';

  it('rings for nothing before the negotiations end', () => {
    expect(alarmAfter([], EARLY)).toBeNull();
    expect(alarmAfter(NEGOTIATING, EARLY)).toBeNull();
  });

  it('asks for the warning, the breach, then the escalation one level up', () => {
    expect(alarmAfter(UNDER_ANALYSIS, EARLY)).toEqual({
      type: 'RaiseServiceStandardWarning',
      standardId: ANALYSIS_RESULT_STANDARD_ID,
      at: WARN_AT,
    });
    expect(alarmAfter([...UNDER_ANALYSIS, warned], WARN_AT)).toEqual({
      type: 'RecordServiceStandardBreach',
      standardId: ANALYSIS_RESULT_STANDARD_ID,
      at: DUE_AT,
    });
    expect(alarmAfter([...UNDER_ANALYSIS, warned, breached], AFTER_DUE)).toMatchObject({
      type: 'EscalateServiceStandardBreach',
      standardId: ANALYSIS_RESULT_STANDARD_ID,
    });
  });

  it('skips the warning of a clock recorded after its due instant', () => {
    expect(alarmAfter(UNDER_ANALYSIS, AFTER_DUE)).toEqual({
      type: 'RecordServiceStandardBreach',
      standardId: ANALYSIS_RESULT_STANDARD_ID,
      at: DUE_AT,
    });
  });

  it('rings for nothing once the institution is notified or the project withdrawn', () => {
    expect(alarmAfter([...UNDER_ANALYSIS, accepted], EARLY)).toBeNull();
    expect(alarmAfter([...UNDER_ANALYSIS, withdrawn([ANALYSIS_RESULT_STANDARD_ID])], EARLY)).toBeNull();
  });
});
