import { randomUUID } from 'node:crypto';
import { localDateOf } from '@entente/domain';
import { premierMissionWorkflow } from '@entente/workflows';
import { timeSkippingCases } from '../support/time-skipping-cases';

// A Premier-led mission runs on timers alone once planned: it starts and ends on its dates, every
// participant is sent the evaluation, those who have not answered are reminded once, and the
// answers are compiled when the window closes.

const DAY = 86_400_000;
const officer = { id: 'marc.bouchard', role: 'case-officer' } as const;

describe('Premier-led mission workflow on the time-skipping server', () => {
  const cases = timeSkippingCases('premier-mission', premierMissionWorkflow);
  const { now, sleep, eventsOf, typesOf, handleOf, open, send } = cases;
  beforeAll(() => cases.start());
  afterAll(() => cases.stop());

  const participant = (id: string, name: string) => ({
    participantId: id,
    name,
    kind: 'company',
    contact: { name: 'Relations internationales', email: `${id}@example.com` },
  });

  it('starts, ends, sends the evaluation, reminds once and compiles, on its own', async () => {
    const caseId = randomUUID();
    const today = localDateOf(await now(), 'Asia/Tokyo');
    const startsOn = new Date(Date.parse(`${today}T12:00:00Z`) + 3 * DAY).toISOString().slice(0, 10);
    const endsOn = new Date(Date.parse(`${today}T12:00:00Z`) + 6 * DAY).toISOString().slice(0, 10);
    const plan = {
      caseId,
      destination: { city: 'Tokyo', country: 'Japan', timeZone: 'Asia/Tokyo' },
      theme: 'Économie verte',
      startsOn,
      endsOn,
      officerId: officer.id,
    };
    await open('PlanPremierMission', officer, plan);
    await send(caseId, 'RegisterMissionParticipant', officer, { ...participant('hydro', 'Hydro Énergie inc.'), registeredAt: await now() });
    await send(caseId, 'RegisterMissionParticipant', officer, { ...participant('aero', 'Aéro Québec ltée'), registeredAt: await now() });

    await sleep(8 * DAY);
    expect(typesOf(caseId)).toEqual([
      'PremierMissionPlanned',
      'MissionParticipantRegistered',
      'MissionParticipantRegistered',
      'MissionRegistrationClosed',
      'PremierMissionStarted',
      'PremierMissionEnded',
      'MissionEvaluationSent',
      'MissionEvaluationSent',
    ]);
    await send(caseId, 'RecordMissionEvaluationAnswer', officer, {
      participantId: 'hydro',
      ratings: { accommodation: 5, 'overall-organization': 4 },
      answeredAt: await now(),
    });

    await handleOf(caseId).result();
    const events = eventsOf(caseId);
    expect(typesOf(caseId).slice(8)).toEqual(['MissionEvaluationAnswered', 'MissionEvaluationReminderSent', 'MissionEvaluationsCompiled']);
    expect(events.at(-2)!.data).toMatchObject({ participantId: 'aero' });
    expect(events.at(-1)!.data).toMatchObject({ invited: 2, answered: 1, responseRate: 0.5 });
    expect(events.at(-1)!.actor).toEqual({ id: 'service-standard-clock', role: 'system' });

    // Each timer fired at its instant (the destination's midnights, then the evaluation's plan):
    // a few milliseconds after it, never before.
    const dataOf = (type: string) => events.find((event) => event.type === type)!.data as Record<string, string>;
    const { startsAt, endsAt } = dataOf('PremierMissionPlanned');
    const { remindAt, closesAt } = dataOf('PremierMissionEnded').evaluation as unknown as Record<string, string>;
    const firedAt = (type: string, field: string, planned: string | undefined) => {
      const late = Date.parse(dataOf(type)[field]!) - Date.parse(planned!);
      expect(late).toBeGreaterThanOrEqual(0);
      expect(late).toBeLessThan(60_000);
    };
    firedAt('PremierMissionStarted', 'startedAt', startsAt);
    firedAt('PremierMissionEnded', 'endedAt', endsAt);
    firedAt('MissionEvaluationReminderSent', 'remindedAt', remindAt);
    firedAt('MissionEvaluationsCompiled', 'compiledAt', closesAt);
  });
});
