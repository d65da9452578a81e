import { addWorkingDays, localDateOf, QC_PUBLIC_SERVICE_CALENDAR as QC, withHoliday, type Team } from '@entente/domain';
import { ApiStack } from './api-harness';

// An administrator adds a holiday: running clocks due after it move, each move an event with the
// old and new deadlines and the reason, and the read model follows.

const stack = new ApiStack();
beforeAll(() => stack.start());
afterAll(() => stack.stop());

const EMAIL = { sender: { address: 'awa@example.org' }, subject: 'Stage OIG', body: 'Critères ?' };
const addHoliday = (body: object, role: 'administrator' | 'supervisor' = 'administrator') =>
  stack.http().post('/calendar/holidays').set('Authorization', stack.bearer(role)).send(body);

describe('a holiday added to the calendar', () => {
  it('moves the due date of a running clock, with the old one and the reason in the timeline', async () => {
    const received = await stack
      .http()
      .post('/email-requests')
      .set('Authorization', stack.bearer('intake-officer'))
      .send(EMAIL)
      .expect(201);
    const { caseId } = received.body as { caseId: string };
    const { startedAt, dueAt } = received.body.state.clock.plan as { startedAt: string; dueAt: string };
    await stack.readModel(caseId, (body) => body.status === 'received');

    // The next working day becomes a holiday: the clock needs one working day more.
    const date = localDateOf(addWorkingDays(QC, startedAt, 1), QC.timeZone);
    const holiday = { date, name: 'Journée de deuil national', reason: 'Décret du gouvernement' };
    const added = await addHoliday(holiday).expect(201);
    expect(added.body).toMatchObject({ calendar: { id: QC.id, version: QC.version + 1 }, holiday: { date } });
    const movedTo = addWorkingDays(withHoliday(QC, { date, name: holiday.name }), startedAt, 4);

    const detail = await stack.readModel(caseId, (body) => body.dueAt === movedTo);
    const move = detail.timeline.find((event) => event.type === 'ServiceStandardDueDateMoved') as unknown as {
      data: { reason: string };
      actor: object;
    };
    expect(move.data).toMatchObject({
      from: { dueAt },
      plan: { dueAt: movedTo, calendarVersion: QC.version + 1 },
      reason: `Décret du gouvernement (${date}: Journée de deuil national)`,
    });
    expect(move.actor).toEqual({ id: 'service-standard-clock', role: 'system' });
    // The case page's clock says it moved, from when to when, and why.
    expect(detail.clocks).toEqual([
      expect.objectContaining({ moves: [expect.objectContaining({ fromDueAt: dueAt, toDueAt: movedTo, reason: move.data.reason })] }),
    ]);
    const holidays = await stack
      .http()
      .get(`/calendar/holidays?year=${date.slice(0, 4)}`)
      .expect(200);
    expect(holidays.body.holidays).toContainEqual({ date, name: holiday.name });

    // Which clocks the change moved, for those who keep the calendar and those who supervise: nothing personal.
    const moved = (role: 'administrator' | 'supervisor' | 'case-officer', teams?: readonly Team[]) =>
      stack
        .http()
        .get(`/calendar/versions/${QC.version + 1}/moved-clocks`)
        .set('Authorization', stack.bearer(role, `${role}-${teams?.join('+') ?? 'all'}-${stack.run}`, teams));
    const listed = await moved('administrator', []).expect(200);
    expect(listed.body).toMatchObject({ reason: holiday.reason, holidaysAdded: [{ date, name: holiday.name }] });
    expect(listed.body.clocks).toContainEqual(
      expect.objectContaining({ caseId, caseType: 'email-request', fromDueAt: dueAt, toDueAt: movedTo }),
    );
    expect(JSON.stringify(listed.body)).not.toMatch(/awa@example\.org|Stage OIG|Critères/);
    const supervised = await moved('supervisor', ['information-services']).expect(200);
    expect(supervised.body.clocks.map((clock: { caseId: string }) => clock.caseId)).toContain(caseId);
    const elsewhere = await moved('supervisor', ['missions-bureau']).expect(200);
    expect(elsewhere.body.clocks).toEqual([]);
    await moved('case-officer').expect(403);
    await stack.http().get('/calendar/versions/999/moved-clocks').set('Authorization', stack.bearer('administrator')).expect(404);
    const bad = await stack.http().get('/calendar/versions/x/moved-clocks').set('Authorization', stack.bearer('administrator')).expect(400);
    expect(bad.body.field).toBe('version');
  });

  it("leaves every year counted with its holidays by rule: issue 10's e-mail of 2019-06-20 is due 27 June", async () => {
    const due = await stack.http().get('/calendar/due-date?from=2019-06-20T10:00:00-04:00&workingDays=4').expect(200);
    expect(due.body).toMatchObject({ dueAt: '2019-06-27T21:00:00.000Z', calendar: { id: QC.id } });
    const holidays = await stack.http().get('/calendar/holidays?year=2040').expect(200);
    expect(holidays.body.holidays).toContainEqual({ date: '2040-03-30', name: 'Good Friday' });
  });

  it('is refused to other roles (403), for a date already a holiday (422) or badly written (400)', async () => {
    await addHoliday({ date: '2030-01-07', name: 'x', reason: 'y' }, 'supervisor').expect(403);
    const christmas = await addHoliday({ date: '2030-12-25', name: 'Noël', reason: 'déjà férié' }).expect(422);
    expect(christmas.body.field).toBe('holiday.date');
    const bad = await addHoliday({ date: '25/12/2030', name: 'Noël', reason: 'y' }).expect(400);
    expect(bad.body.field).toBe('date');
  });
});
