import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { controllerTestApp } from '../testing/controller-test-app';
import { QC_PUBLIC_SERVICE_CALENDAR } from '@entente/domain';
import { CalendarController } from './calendar.controller';
import { CurrentCalendar } from './current-calendar';
import { ComputeDueDateUseCase } from './use-cases/compute-due-date.use-case';
import { ListHolidaysUseCase } from './use-cases/list-holidays.use-case';

// The calendar's use cases run for real on the built-in calendar: no engine is involved.
describe('CalendarController', () => {
  let app: INestApplication;

  beforeAll(async () => {
    const builtIn = { provide: CurrentCalendar, useValue: { get: () => Promise.resolve(QC_PUBLIC_SERVICE_CALENDAR) } };
    app = await controllerTestApp(CalendarController, [builtIn, ComputeDueDateUseCase, ListHolidaysUseCase]);
  });
  afterAll(() => app.close());

  const get = (path: string) => request(app.getHttpServer()).get(path);

  it('is public and applies the example of docs/domain.md#working-days: Monday 10:00 + 4 working days = Friday 17:00', async () => {
    const response = await get('/calendar/due-date?from=2026-11-23T10:00:00-05:00&workingDays=4').expect(200);
    expect(response.body).toEqual({
      from: '2026-11-23T15:00:00.000Z',
      workingDays: 4,
      dueAt: '2026-11-27T22:00:00.000Z',
      timeZone: 'America/Toronto',
      calendar: { id: 'qc-public-service', version: expect.any(Number) },
    });
  });

  it("counts the holidays of any year: issue 10's e-mail of 2019-06-20 is due Thursday 27 June, 24 June being off", async () => {
    const response = await get('/calendar/due-date?from=2019-06-20T10:00:00-04:00&workingDays=4').expect(200);
    expect(response.body).toMatchObject({ from: '2019-06-20T14:00:00.000Z', dueAt: '2019-06-27T21:00:00.000Z' });
  });

  it('counts past 2032: the Thursday before Easter 2040 plus one working day is the Tuesday after', async () => {
    const response = await get('/calendar/due-date?from=2040-03-29T10:00:00-04:00&workingDays=1').expect(200);
    expect(response.body.dueAt).toBe('2040-04-03T21:00:00.000Z');
  });

  it.each([
    ['from=yesterday&workingDays=4', 'from'],
    ['from=2026-11-23&workingDays=4', 'from'],
    ['workingDays=4', 'from'],
    ['from=2026-11-23T15:00:00Z&workingDays=-1', 'workingDays'],
    ['from=2026-11-23T15:00:00Z&workingDays=four', 'workingDays'],
    ['from=2026-11-23T15:00:00Z', 'workingDays'],
    ['from=1899-12-29T15:00:00Z&workingDays=4', 'from'],
    ['from=2201-01-02T15:00:00Z&workingDays=4', 'from'],
  ])('answers 400 naming the parameter for ?%s', async (query, field) => {
    const response = await get(`/calendar/due-date?${query}`).expect(400);
    expect(response.body).toMatchObject({ status: 400, code: 'invalid-field', field });
    expect(response.body.message).toContain(field);
  });

  it('lists a year’s holidays', async () => {
    const response = await get('/calendar/holidays?year=2026').expect(200);
    expect(response.body).toMatchObject({ year: 2026, timeZone: 'America/Toronto', calendar: { id: 'qc-public-service' } });
    expect(response.body.holidays).toContainEqual({ date: '2026-06-24', name: expect.any(String) });
    expect(response.body.holidays.every((holiday: { date: string }) => holiday.date.startsWith('2026-'))).toBe(true);
  });

  it.each([2019, 2040])('lists the holidays of %i, by rule', async (year) => {
    const response = await get(`/calendar/holidays?year=${year}`).expect(200);
    expect(response.body.holidays).toHaveLength(13);
    expect(response.body.holidays).toContainEqual({ date: `${year}-06-24`, name: 'Fête nationale du Québec' });
  });

  it.each(['year=1850', 'year=twenty', 'year=2201', ''])('answers 400 naming year for ?%s', async (query) => {
    const response = await get(`/calendar/holidays?${query}`).expect(400);
    expect(response.body).toMatchObject({ field: 'year' });
  });
});
