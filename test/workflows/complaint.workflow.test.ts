import { randomUUID } from 'node:crypto';
import { instantAt, localDateOf, QC_PUBLIC_SERVICE_CALENDAR } from '@entente/domain';
import { complaintWorkflow } from '@entente/workflows';
import { firstHolidayAfter } from '../support/holiday-ahead';
import { timeSkippingCases } from '../support/time-skipping-cases';
import { expectEndedBeforeAlarm, warnAtOf } from '../support/workflow-ending';

// The complaint's fifteen-working-day clock (declaration of services): warned three working days
// before the due instant, breached at it and escalated to the Secretary General, with no level above.

const TZ = QC_PUBLIC_SERVICE_CALENDAR.timeZone;
const DAY = 86_400_000;
const MINUTE = 60_000;
const intake = { id: 'ines', role: 'intake-officer' } as const;
const secretaryGeneral = { id: 'genevieve', role: 'secretary-general' } as const;
const officer = { id: 'olivier', role: 'case-officer' } as const;
const LETTER = {
  complainant: { name: 'Jean-François Côté', postalAddress: '1200, avenue Cartier, Québec (Québec) G1R 2S6' },
  channel: 'letter',
  subject: 'No answer to my e-mail about the IGO internship program',
  details: 'I wrote about internships at UNESCO for doctoral students and received no answer.',
  concern: { kind: 'standard-not-applied', service: 'Information requests by e-mail', standardId: 'email-information-request' },
};

/** Local date `days` after `date` (YYYY-MM-DD), in plain calendar arithmetic. */
const plusDays = (date: string, days: number) => new Date(Date.parse(`${date}T12:00:00Z`) + days * DAY).toISOString().slice(0, 10);
const shifted = (instant: string, ms: number) => new Date(Date.parse(instant) + ms).toISOString();

describe('complaint workflow on the time-skipping server', () => {
  const cases = timeSkippingCases('complaint', complaintWorkflow);
  const { now, sleep, sleepUntil, eventsOf, typesOf, handleOf, open, send } = cases;
  beforeAll(() => cases.start());
  afterAll(() => cases.stop());

  async function receive(receivedAt: string): Promise<string> {
    const caseId = randomUUID();
    await open('ReceiveComplaint', intake, { caseId, ...LETTER, receivedAt });
    return caseId;
  }

  /** The next National Patriots' Day whose previous Monday is still ahead of the server's clock. */
  async function nextPatriotsDay(): Promise<string> {
    return firstHolidayAfter(QC_PUBLIC_SERVICE_CALENDAR, /patriots/i, plusDays(localDateOf(await now(), TZ), 7));
  }

  it('warns three working days before the due instant and breaches at fifteen working days, across National Patriots’ Day', async () => {
    const patriotsDay = await nextPatriotsDay();
    const receivedAt = instantAt(plusDays(patriotsDay, -7), '10:00', TZ);
    await sleepUntil(receivedAt);
    const caseId = await receive(receivedAt);
    await send(caseId, 'AssignComplaint', secretaryGeneral, { officerId: 'olivier' });

    // Working days after that Monday: Tuesday to Friday (1-4); Patriots' Day is a holiday; then
    // Tuesday to Friday (5-8), a full week (9-13), Monday (14) and Tuesday (15): due Tuesday two
    // weeks after the holiday at 17:00, warned three working days earlier (Thursday before).
    const dueAt = instantAt(plusDays(patriotsDay, 15), '17:00', TZ);
    const warnAt = instantAt(plusDays(patriotsDay, 10), '17:00', TZ);
    expect(eventsOf(caseId)[0]!.data).toMatchObject({
      clock: { standardId: 'complaint', startedAt: receivedAt, warnAt, dueAt, escalateTo: 'secretary-general', escalateFurther: null },
    });

    await sleepUntil(shifted(warnAt, -MINUTE));
    expect(typesOf(caseId)).toEqual(['ComplaintReceived', 'ComplaintAssigned']);
    await sleepUntil(shifted(warnAt, MINUTE));
    const warning = eventsOf(caseId)[2]!;
    expect(warning).toMatchObject({
      type: 'ServiceStandardWarning',
      data: { standardId: 'complaint', dueAt, warnedAt: warning.occurredAt, notify: { role: 'case-officer', officerId: 'olivier' } },
    });
    expect(Date.parse(warning.occurredAt) - Date.parse(warnAt)).toBeGreaterThanOrEqual(0);
    expect(Date.parse(warning.occurredAt) - Date.parse(warnAt)).toBeLessThan(MINUTE);

    await sleepUntil(shifted(dueAt, -MINUTE));
    expect(typesOf(caseId)).toHaveLength(3);
    await sleepUntil(shifted(dueAt, MINUTE));
    const breach = eventsOf(caseId)[3]!;
    expect(breach).toMatchObject({
      type: 'ServiceStandardBreached',
      actor: { id: 'service-standard-clock', role: 'system' },
      data: { dueAt, escalatedTo: 'secretary-general' },
    });
    expect(Date.parse(breach.occurredAt) - Date.parse(dueAt)).toBeGreaterThanOrEqual(0);
    expect(Date.parse(breach.occurredAt) - Date.parse(dueAt)).toBeLessThan(MINUTE);

    // The Secretary General is the last level: nothing more however long it stays unanswered.
    await sleep(20 * DAY);
    expect(typesOf(caseId)).toHaveLength(4);
    await send(caseId, 'RecordComplaintFindings', officer, { findings: 'The officer was on leave.', conclusion: 'founded' });
    await send(caseId, 'AnswerComplaint', officer, { answer: 'We apologize for the delay; your question is answered below.' });
    await handleOf(caseId).result();
    expect(eventsOf(caseId)[5]).toMatchObject({ type: 'ComplaintAnswered', data: { answeredBy: 'olivier', clockOutcome: 'late' } });
  });

  it('stops the clock at an answer in time: no warning, no breach', async () => {
    const caseId = await receive(await now());
    await send(caseId, 'AssignComplaint', secretaryGeneral, { officerId: 'olivier' });
    await sleep(3 * DAY);
    await send(caseId, 'RecordComplaintFindings', officer, {
      findings: 'The e-mail was filed as spam and never reached an officer.',
      conclusion: 'founded',
    });
    await send(caseId, 'AnswerComplaint', officer, { answer: 'We apologize; your question is answered below.' });
    await handleOf(caseId).result();
    expect(typesOf(caseId)).toEqual(['ComplaintReceived', 'ComplaintAssigned', 'ComplaintFindingsRecorded', 'ComplaintAnswered']);
    expect(eventsOf(caseId)[3]!.data).toMatchObject({ clockOutcome: 'met' });
    await expectEndedBeforeAlarm(handleOf(caseId), warnAtOf(eventsOf(caseId)[0]!));
  });

  it('cancels the clock when closed without an answer', async () => {
    const caseId = await receive(await now());
    await send(caseId, 'CloseComplaintWithoutAnswer', secretaryGeneral, {
      reason: 'withdrawn',
      explanation: 'The complainant withdrew by telephone.',
    });
    await handleOf(caseId).result();
    expect(typesOf(caseId)).toEqual(['ComplaintReceived', 'ComplaintClosedWithoutAnswer']);
    await expectEndedBeforeAlarm(handleOf(caseId), warnAtOf(eventsOf(caseId)[0]!));
  });
});
