import type { Role } from '@entente/domain';
import { ApiStack } from './api-harness';

// A Premier-led mission over HTTP on the real engines, to the read model: registration,
// logistics, an early departure recorded by the officer in charge, and its facts held in order.

const stack = new ApiStack();
beforeAll(() => stack.start());
afterAll(() => stack.stop());

const DAY = 86_400_000;
const officer = `olivier-${stack.run}`;
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);
const PLAN = {
  destination: { city: 'Tokyo', country: 'Japan', timeZone: 'Asia/Tokyo' },
  theme: 'Intelligence artificielle et sciences de la vie',
  startsOn: inDays(30),
  endsOn: inDays(34),
  officerId: officer,
};
const HYDRO = {
  participantId: 'hydro',
  name: 'Hydro-Québec',
  kind: 'company',
  contact: { name: 'Isabelle Fortin', email: 'i.fortin@hydroquebec.example' },
};
const LAVAL = {
  participantId: 'ulaval',
  name: 'Université Laval',
  kind: 'institution',
  contact: { name: 'Claire Gagnon', email: 'c.gagnon@ulaval.example', phone: '418 656-2131' },
};

const missions = (path: string) => `/premier-missions${path}`;
const post = (path: string, role: Role, body: object = {}, sub?: string) =>
  stack.http().post(missions(path)).set('Authorization', stack.bearer(role, sub)).send(body);
const byOfficer = (path: string, body: object = {}) => post(path, 'case-officer', body, officer);
const get = (path: string) => stack.http().get(missions(path)).set('Authorization', stack.bearer('auditor'));

async function plan(): Promise<string> {
  const planned = await post('', 'supervisor', PLAN).expect(201);
  expect(planned.headers.location).toBe(`/cases/${planned.body.caseId}`);
  return planned.body.caseId;
}

describe('Premier-led missions over HTTP', () => {
  it('goes from planning to an early departure, refusing an end before its first day, and the read model shows each step', async () => {
    const caseId = await plan();
    await post(`/${caseId}/participants`, 'intake-officer', HYDRO).expect(200);
    await post(`/${caseId}/participants`, 'intake-officer', LAVAL).expect(200);
    const third = await post(`/${caseId}/participants`, 'intake-officer', {
      name: 'CGI',
      kind: 'company',
      contact: { name: 'Marc Tremblay', email: 'm.tremblay@cgi.example' },
    }).expect(200);
    const cgi: string = third.body.state.participants[2].participantId;
    expect(cgi).toMatch(/^[0-9a-f-]{36}$/);
    expect((await byOfficer(`/${caseId}/registration/close`).expect(200)).body.state.status).toBe('registration-closed');
    await byOfficer(`/${caseId}/logistics`, {
      kind: 'accommodation',
      description: 'Chambres à l’hôtel Okura pour la délégation',
      providedOn: PLAN.startsOn,
    }).expect(200);
    await byOfficer(`/${caseId}/logistics`, { kind: 'meetings', description: 'Rencontres avec TEPCO', participantId: 'hydro' }).expect(200);
    expect((await get(`/${caseId}/evaluation`).expect(200)).body).toMatchObject({
      status: 'registration-closed',
      plan: null,
      sentTo: [],
      compilation: null,
    });

    // The delegation flies out early, as staff may record; it cannot be back before its first day,
    // nor be served after its last. The timers end it, send and compile its evaluation
    // (test/workflows/premier-mission.workflow.test.ts, on the time-skipping server).
    expect((await byOfficer(`/${caseId}/start`).expect(200)).body.state.status).toBe('in-progress');
    const backEarly = await byOfficer(`/${caseId}/end`).expect(422);
    expect(backEarly.body).toMatchObject({ code: 'invalid-command', field: 'endedAt' });
    expect(backEarly.body.message).toContain("the mission's first day");
    const servedAfter = await byOfficer(`/${caseId}/logistics`, { kind: 'transport', description: 'Navette', providedOn: inDays(35) });
    expect(servedAfter.status).toBe(422);
    expect(servedAfter.body.field).toBe('providedOn');

    const detail = await stack.readModel(caseId, (body) => body.status === 'in-progress');
    expect(detail).toMatchObject({ caseType: 'premier-mission', assignee: officer, subject: expect.stringContaining('Tokyo (Japan)') });
    expect(detail.timeline.map((event) => event.type)).toEqual([
      'PremierMissionPlanned',
      ...Array<string>(3).fill('MissionParticipantRegistered'),
      'MissionRegistrationClosed',
      'MissionLogisticsServiceRecorded',
      'MissionLogisticsServiceRecorded',
      'PremierMissionStarted',
    ]);
  });

  it('answers 400 naming the field, 403 for a role that may not, 404, 409 out of order, 422 for what only the domain judges', async () => {
    expect((await post('', 'supervisor', { ...PLAN, startsOn: '13/10/2026' }).expect(400)).body.field).toBe('startsOn');
    expect(
      (await post('', 'supervisor', { ...PLAN, destination: { country: 'Japan', timeZone: 'Asia/Tokyo' } }).expect(400)).body.field,
    ).toBe('destination.city');
    await post('', 'intake-officer', PLAN).expect(403);
    expect((await post('', 'supervisor', { ...PLAN, startsOn: inDays(-2) }).expect(422)).body.field).toBe('startsOn');
    expect((await post('', 'supervisor', { ...PLAN, endsOn: inDays(29) }).expect(422)).body.field).toBe('endsOn');
    expect(
      (await post('', 'supervisor', { ...PLAN, destination: { ...PLAN.destination, timeZone: 'Asia/Atlantis' } }).expect(422)).body.field,
    ).toBe('destination.timeZone');

    const caseId = await plan();
    const badEmail = await post(`/${caseId}/participants`, 'intake-officer', {
      ...HYDRO,
      contact: { name: 'Isabelle Fortin', email: 'isabelle' },
    }).expect(400);
    expect(badEmail.body.field).toBe('contact.email');
    await post(`/${caseId}/participants`, 'auditor', HYDRO).expect(403);
    await post(`/${caseId}/participants`, 'intake-officer', HYDRO).expect(200);
    expect((await post(`/${caseId}/participants`, 'intake-officer', HYDRO).expect(409)).body.message).toContain('already registered');
    expect((await byOfficer(`/${caseId}/logistics`, { kind: 'catering', description: 'Repas' }).expect(400)).body.field).toBe('kind');
    expect(
      (await byOfficer(`/${caseId}/logistics`, { kind: 'transport', description: 'Navette', participantId: 'bombardier' }).expect(422)).body
        .field,
    ).toBe('participantId');
    expect((await byOfficer(`/${caseId}/end`).expect(409)).body.message).toContain('open for registration');
    const rating = await post(`/${caseId}/evaluation/answers`, 'intake-officer', {
      participantId: 'hydro',
      ratings: { meetings: 6 },
    }).expect(400);
    expect(rating.body.field).toBe('ratings.meetings');

    // Only the officer in charge acts on the mission; a reassignment hands it over.
    const other = `odile-${stack.run}`;
    await post(`/${caseId}/assign`, 'case-officer', { officerId: other }, officer).expect(403);
    await post(`/${caseId}/assign`, 'supervisor', { officerId: other, reason: 'Olivier part en congé' }).expect(200);
    // Handed over, the mission leaves the first officer's scope.
    await byOfficer(`/${caseId}/registration/close`).expect(404);
    await post(`/${caseId}/registration/close`, 'case-officer', {}, other).expect(200);
    await post(`/${caseId}/cancel`, 'intake-officer', { reason: 'Reportée' }).expect(403);
    const cancelled = await post(`/${caseId}/cancel`, 'supervisor', {
      reason: 'Reportée à la demande du cabinet du premier ministre',
    }).expect(200);
    expect(cancelled.body.state.status).toBe('cancelled');
    const detail = await stack.readModel(caseId, (body) => body.status === 'cancelled');
    expect(detail).toMatchObject({ assignee: other });
    expect(detail.timeline.map((event) => event.type)).toEqual([
      'PremierMissionPlanned',
      'MissionParticipantRegistered',
      'PremierMissionReassigned',
      'MissionRegistrationClosed',
      'PremierMissionCancelled',
    ]);

    const unknown = '3f0c2a4e-8a51-4f4e-9a53-0d9a6f1e2b7c';
    await get(`/${unknown}/live`).expect(404);
    await get(`/${unknown}/evaluation`).expect(404);
    await post(`/${unknown}/participants`, 'intake-officer', HYDRO).expect(404);
    await get('/not-a-uuid/evaluation').expect(400);
  });

  it('finds the same mission when a plan is retried with its idempotency key', async () => {
    const send = () =>
      stack
        .http()
        .post(missions(''))
        .set('Authorization', stack.bearer('supervisor'))
        .set('Idempotency-Key', `plan-${stack.run}`)
        .send(PLAN)
        .expect(201);
    const first = await send();
    expect((await send()).body).toEqual(first.body);
  });
});
