import { randomUUID } from 'node:crypto';
import { addWorkingDays, instantAt, localDateOf, QC_PUBLIC_SERVICE_CALENDAR, reviseStandard, SERVICE_STANDARDS } from '@entente/domain';
import { emailRequestWorkflow } from '@entente/workflows';
import { timeSkippingCases } from '../support/time-skipping-cases';

// The declaration is revised every year: a case keeps the version in force when its clock
// started, and a case received once the revision is in force takes the new one.

const TZ = QC_PUBLIC_SERVICE_CALENDAR.timeZone;
const DAY = 86_400_000;
const EMAIL = 'email-information-request';
const intake = { id: 'ines', role: 'intake-officer' } as const;

describe('a revised declaration of services on the time-skipping server', () => {
  const cases = timeSkippingCases('email-request', emailRequestWorkflow);
  const { now, sleepUntil, eventsOf, open } = cases;
  let effectiveFrom: string;

  // The revision comes into force twenty days after the server's today, read once it is up.
  beforeAll(() =>
    cases.start((serverNow) => {
      const today = localDateOf(serverNow, TZ);
      effectiveFrom = new Date(Date.parse(`${today}T12:00:00Z`) + 20 * DAY).toISOString().slice(0, 10);
      const revision = {
        effectiveFrom,
        title: 'E-mail answered within three working days',
        source: 'Declaration, next year',
        workingDays: 3,
        warning: { workingDaysBeforeDue: 1 },
        escalation: { onBreach: 'director' as const },
      };
      const declaration = [...SERVICE_STANDARDS, reviseStandard(SERVICE_STANDARDS, EMAIL, revision, today)];
      return { standards: async () => declaration, calendar: async () => QC_PUBLIC_SERVICE_CALENDAR };
    }),
  );
  afterAll(() => cases.stop());

  async function receive(): Promise<string> {
    const caseId = randomUUID();
    const receivedAt = await now();
    await open('ReceiveEmailRequest', intake, {
      caseId,
      sender: { name: null, email: 'awa@example.org' },
      subject: 'Stage',
      body: 'Critères ?',
      receivedAt,
    });
    return caseId;
  }

  it('keeps an open case on the version it started with, and gives a new case the new version', async () => {
    const before = await receive();
    await sleepUntil(instantAt(effectiveFrom, '09:00', TZ));
    const after = await receive();

    expect(eventsOf(before)[0]!.data).toMatchObject({ clock: { standardVersion: 1, escalateTo: 'supervisor' } });
    expect(eventsOf(before).find((event) => event.type === 'ServiceStandardBreached')).toMatchObject({
      data: { standardVersion: 1, escalatedTo: 'supervisor' },
    });
    expect(eventsOf(after)[0]!.data).toMatchObject({ clock: { standardVersion: 2, escalateTo: 'director' } });
    const { startedAt, dueAt } = (eventsOf(after)[0]!.data as { clock: { startedAt: string; dueAt: string } }).clock;
    expect(dueAt).toBe(addWorkingDays(QC_PUBLIC_SERVICE_CALENDAR, startedAt, 3));
  });
});
