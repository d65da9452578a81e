import { QC_PUBLIC_SERVICE_CALENDAR as QC, withHoliday } from '../calendar/working-calendar';
import { planClock } from './clock-plan';
import { standardInForce, type ServiceStandard } from './service-standard';
import { SERVICE_STANDARDS } from '../declaration-of-services';
import { EMAIL_INFORMATION_REQUEST_STANDARD as EMAIL } from '../email-request/email-request.standards';

const EMAIL_V2: ServiceStandard = { ...EMAIL, version: 2, effectiveFrom: '2027-04-01', workingDays: 3 };
const DECLARATIONS = [EMAIL_V2, EMAIL];

describe('the e-mail standard', () => {
  it('is 4 working days from EmailRequestReceived, warned a day before, escalated to a supervisor', () => {
    expect(SERVICE_STANDARDS).toContain(EMAIL);
    expect(EMAIL).toMatchObject({
      id: 'email-information-request',
      version: 1,
      effectiveFrom: '2001-04-01',
      workingDays: 4,
      clock: { startsOn: 'EmailRequestReceived', stopsOn: ['EmailRequestAnswered'], cancelledOn: ['EmailRequestClosedWithoutAnswer'] },
      warning: { workingDaysBeforeDue: 1, notify: 'assignee' },
      escalation: { onBreach: 'supervisor' },
    });
    expect(EMAIL.source).toContain('If you e-mail us, we answer your message within four working days.');
  });
});

describe('standardInForce', () => {
  it.each([
    { why: 'before the revision', at: '2027-03-31T20:00:00Z', version: 1 },
    { why: 'the revision day, Eastern time', at: '2027-04-01T04:30:00Z', version: 2 },
    { why: 'still 31 March in Québec although 1 April in UTC', at: '2027-04-01T03:30:00Z', version: 1 },
    { why: 'long after', at: '2030-01-15T15:00:00Z', version: 2 },
  ])('$why: version $version', ({ at, version }) => {
    expect(standardInForce(DECLARATIONS, 'email-information-request', at).version).toBe(version);
  });

  it('refuses an unknown standard or a date before any version', () => {
    expect(() => standardInForce(DECLARATIONS, 'telepathy', '2026-01-05T15:00:00Z')).toThrow(expect.objectContaining({ field: 'id' }));
    expect(() => standardInForce(DECLARATIONS, 'email-information-request', '2000-01-05T15:00:00Z')).toThrow(
      expect.objectContaining({ field: 'instant' }),
    );
  });
});

describe('planClock', () => {
  it('plans the docs/domain.md example: due Friday 17:00, warned Thursday 17:00', () => {
    expect(planClock(EMAIL, QC, '2026-11-23T10:00:00-05:00')).toEqual({
      standardId: 'email-information-request',
      standardVersion: 1,
      calendarId: 'qc-public-service',
      calendarVersion: 1,
      startedAt: '2026-11-23T15:00:00.000Z',
      warnAt: '2026-11-26T22:00:00.000Z',
      dueAt: '2026-11-27T22:00:00.000Z',
      escalateTo: 'supervisor',
      // Two working days after Friday's due instant: Tuesday 17:00.
      escalateFurther: { at: '2026-12-01T22:00:00.000Z', to: 'director' },
      pausableFor: ['awaiting-requester-information'],
    });
  });

  it('records the calendar version it used', () => {
    const edited = withHoliday(QC, { date: '2026-11-26', name: 'Exceptional closure' });
    expect(planClock(EMAIL, edited, '2026-11-23T15:00:00Z')).toMatchObject({
      calendarVersion: 2,
      warnAt: '2026-11-27T22:00:00.000Z',
      dueAt: '2026-11-30T22:00:00.000Z',
    });
  });

  it('warns over holidays: due Tuesday after Easter, warned Thursday before', () => {
    expect(planClock(EMAIL, QC, '2026-04-01T14:00:00Z')).toMatchObject({
      warnAt: '2026-04-08T21:00:00.000Z',
      dueAt: '2026-04-09T21:00:00.000Z',
    });
    expect(planClock({ ...EMAIL, workingDays: 2 }, QC, '2026-04-01T14:00:00Z')).toMatchObject({
      warnAt: '2026-04-02T21:00:00.000Z',
      dueAt: '2026-04-07T21:00:00.000Z',
    });
  });

  it('never warns before the clock started', () => {
    const oneDay = { ...EMAIL, workingDays: 1 };
    // Received Monday 18:00: due Tuesday 17:00; "a day before" would be Monday 17:00, already past.
    expect(planClock(oneDay, QC, '2026-11-23T23:00:00Z')).toMatchObject({
      startedAt: '2026-11-23T23:00:00.000Z',
      warnAt: '2026-11-23T23:00:00.000Z',
      dueAt: '2026-11-24T22:00:00.000Z',
    });
  });

  it('names a bad start', () => {
    expect(() => planClock(EMAIL, QC, 'now')).toThrow(expect.objectContaining({ field: 'startedAt' }));
  });
});
