import { InvalidCommand } from '../shared/errors';
import { QC_PUBLIC_SERVICE_CALENDAR, withHoliday } from '../calendar/working-calendar';
import { planMissionEvaluation, requireEvaluationPlan } from './premier-mission.evaluation-plan';
import { CLOSES_AT, ENDS_AT, EVALUATION, REMIND_AT } from './premier-mission.fixtures';
import { evaluationTargetInForce, MISSION_EVALUATION_TARGET, type MissionEvaluationTarget } from './premier-mission.standards';

describe('planMissionEvaluation', () => {
  it('skips the Fête nationale and Canada Day: reminder Thursday 2 July, closing Thursday 9 July, 17:00 Eastern', () => {
    expect(EVALUATION).toEqual({
      targetId: 'premier-mission-evaluation',
      targetVersion: 1,
      calendarId: QC_PUBLIC_SERVICE_CALENDAR.id,
      calendarVersion: QC_PUBLIC_SERVICE_CALENDAR.version,
      sentAt: ENDS_AT,
      remindAt: REMIND_AT,
      closesAt: CLOSES_AT,
    });
  });

  it('a mission back before Christmas: the holidays push the closing into January', () => {
    // Sent Friday 18 December 2026. Working days: 21, 22, 23, (24, 25 off) 28, 29 -> reminder;
    // then 30, (31, 1 January off) 4, 5, 6, 7 January -> closing. 17:00 EST is 22:00Z.
    const plan = planMissionEvaluation(MISSION_EVALUATION_TARGET, QC_PUBLIC_SERVICE_CALENDAR, '2026-12-18T16:00:00Z');
    expect(plan).toMatchObject({ remindAt: '2026-12-29T22:00:00.000Z', closesAt: '2027-01-07T22:00:00.000Z' });
  });

  it('follows the calendar and the target it is given', () => {
    const calendar = withHoliday(QC_PUBLIC_SERVICE_CALENDAR, { date: '2026-07-02', name: 'Day of mourning' });
    const target: MissionEvaluationTarget = {
      ...MISSION_EVALUATION_TARGET,
      version: 2,
      reminderAfterWorkingDays: 3,
      closesAfterReminderWorkingDays: 2,
    };
    const plan = planMissionEvaluation(target, calendar, ENDS_AT);
    expect(plan).toMatchObject({
      targetVersion: 2,
      calendarVersion: calendar.version,
      remindAt: '2026-06-29T21:00:00.000Z',
      closesAt: '2026-07-03T21:00:00.000Z',
    });
  });
});

describe('requireEvaluationPlan', () => {
  it('accepts a computed plan', () => {
    expect(requireEvaluationPlan(EVALUATION, 'evaluation')).toBe(EVALUATION);
  });

  it.each<[string, unknown]>([
    ['evaluation', 'soon'],
    ['evaluation.targetId', { ...EVALUATION, targetId: '' }],
    ['evaluation.calendarId', { ...EVALUATION, calendarId: null }],
    ['evaluation.calendarVersion', { ...EVALUATION, calendarVersion: 1.5 }],
    ['evaluation.sentAt', { ...EVALUATION, sentAt: '2026-06-23' }],
    ['evaluation.remindAt', { ...EVALUATION, remindAt: '2026-06-20T12:00:00Z' }],
    ['evaluation.closesAt', { ...EVALUATION, closesAt: undefined }],
  ])('rejects a bad %s', (name, value) => {
    expect(() => requireEvaluationPlan(value, 'evaluation')).toThrow(expect.objectContaining({ field: name }));
    expect(() => requireEvaluationPlan(value, 'evaluation')).toThrow(InvalidCommand);
  });
});

describe('evaluationTargetInForce', () => {
  const revised: MissionEvaluationTarget = {
    ...MISSION_EVALUATION_TARGET,
    version: 2,
    effectiveFrom: '2027-04-01',
    reminderAfterWorkingDays: 3,
  };
  const targets = [MISSION_EVALUATION_TARGET, revised];

  it('is the version in force on the Québec date of the sending', () => {
    expect(evaluationTargetInForce(targets, '2027-04-01T03:59:59Z').version).toBe(1); // still 31 March in Québec
    expect(evaluationTargetInForce(targets, '2027-04-01T04:00:00Z').version).toBe(2);
  });

  it('fails when no version is in force yet', () => {
    expect(() => evaluationTargetInForce([revised], ENDS_AT)).toThrow(InvalidCommand);
  });
});
