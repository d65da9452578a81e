import { randomUUID } from 'node:crypto';
import type { Actor } from '@entente/domain';
import { telephoneInquiryWorkflow } from '@entente/workflows';
import { timeSkippingCases } from '../support/time-skipping-cases';

// A call's outcome is recorded at the call: no clock runs, and the case ends with its recording.

const intake = { id: 'ines', role: 'intake-officer' } as const;
const auditor = { id: 'aude', role: 'auditor' } as const;
const REFERRED = { kind: 'referred', referredTo: { unit: 'Bureau des missions', contact: 'Mission registration desk, (418) 649-2300' } };

describe('telephone inquiry workflow on the time-skipping server', () => {
  const cases = timeSkippingCases('telephone-inquiry', telephoneInquiryWorkflow);
  const { now, eventsOf, handleOf, open } = cases;
  beforeAll(() => cases.start());
  afterAll(() => cases.stop());

  const record = async (caseId: string, actor: Actor) =>
    open('RecordTelephoneInquiry', actor, {
      caseId,
      line: 'montreal',
      calledAt: await now(),
      subject: 'Registering a company for the Premier’s mission',
      outcome: REFERRED,
    });

  it('records a referred call and ends at once, with its one event published', async () => {
    const caseId = randomUUID();
    const view = await record(caseId, intake);
    expect(view).toMatchObject({
      sequence: 1,
      state: { status: 'closed', answeredAtOnce: false, caller: { name: null, telephone: null } },
    });
    const result = await handleOf(caseId).result();
    expect(result).toMatchObject({ caseId, sequence: 1 });
    const events = eventsOf(caseId);
    expect(events).toMatchObject([
      { type: 'TelephoneInquiryRecorded', sequence: 1, actor: intake, data: { line: 'montreal', outcome: REFERRED, recordedBy: 'ines' } },
    ]);
  });

  it('refuses a role that may not record calls, leaving no event', async () => {
    const caseId = randomUUID();
    await expect(record(caseId, auditor)).rejects.toMatchObject({ cause: { type: 'ForbiddenCommand' } });
    expect(eventsOf(caseId)).toEqual([]);
  });
});
