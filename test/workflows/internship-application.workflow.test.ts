import { randomUUID } from 'node:crypto';
import { addWorkingDays, QC_PUBLIC_SERVICE_CALENDAR, shiftWorkingDays } from '@entente/domain';
import { internshipApplicationWorkflow } from '@entente/workflows';
import { timeSkippingCases } from '../support/time-skipping-cases';

// Two clocks in one case: the eligibility reply (5 working days from filing), then the final
// reply (10 working days from the interview), each warning and breaching on its own.

const QC = QC_PUBLIC_SERVICE_CALENDAR;
const HOUR = 3600_000;
const intake = { id: 'ines', role: 'intake-officer' } as const;
const supervisor = { id: 'sam', role: 'supervisor' } as const;
const officer = { id: 'olivier', role: 'case-officer' } as const;
const CANDIDATE = {
  name: 'Léa Tremblay',
  email: 'lea@ulaval.example',
  studyLevel: 'master',
  university: 'Université Laval',
  fieldOfStudy: 'International law',
};

describe('internship application workflow on the time-skipping server', () => {
  const cases = timeSkippingCases('internship-application', internshipApplicationWorkflow);
  const { now, sleep, sleepUntil, eventsOf, handleOf, open, send } = cases;
  beforeAll(() => cases.start());
  afterAll(() => cases.stop());

  async function file(): Promise<string> {
    const caseId = randomUUID();
    await open('FileInternshipApplication', intake, {
      caseId,
      candidate: CANDIDATE,
      preferredOrganizations: ['UNESCO'],
      filedAt: await now(),
    });
    return caseId;
  }

  it('breaches the eligibility reply at five working days when nobody answers', async () => {
    const filedAt = await now();
    const caseId = await file();
    const dueAt = addWorkingDays(QC, filedAt, 5);
    await sleepUntil(new Date(Date.parse(dueAt) + HOUR).toISOString());
    expect(eventsOf(caseId).map((event) => event.type)).toEqual([
      'InternshipApplicationFiled',
      'ServiceStandardWarning',
      'ServiceStandardBreached',
    ]);
    expect(eventsOf(caseId)[2]!.data).toMatchObject({ standardId: 'internship-eligibility-reply', dueAt, escalatedTo: 'supervisor' });
  });

  it('runs the final-reply clock from the interview, warns on it, and ends with the reply', async () => {
    const caseId = await file();
    await send(caseId, 'AssignInternshipApplication', supervisor, { officerId: 'olivier' });
    await sleep(24 * HOUR);
    await send(caseId, 'SendEligibilityReply', officer, { decision: 'eligible' });
    const scheduledFor = new Date(Date.parse(await now()) + 48 * HOUR).toISOString();
    await send(caseId, 'ScheduleInterview', officer, { scheduledFor, format: 'video-conference' });
    await sleepUntil(scheduledFor);
    const heldAt = await now();
    await send(caseId, 'RecordInterviewHeld', officer, { heldAt, panel: ['Marc Bouchard', 'Julie Côté'] });
    const dueAt = addWorkingDays(QC, heldAt, 10);
    const warnAt = shiftWorkingDays(QC, dueAt, -2);
    await sleepUntil(new Date(Date.parse(warnAt) + HOUR).toISOString());
    const placement = { post: 'Junior programme officer', city: 'Paris', startsOn: '2027-09-01', endsOn: '2028-02-28' };
    await send(caseId, 'SendFinalReply', officer, { decision: 'selected', organization: 'UNESCO', placement });
    await handleOf(caseId).result();

    const events = eventsOf(caseId);
    expect(events.map((event) => event.type)).toEqual([
      'InternshipApplicationFiled',
      'InternshipApplicationAssigned',
      'EligibilityReplySent',
      'InterviewScheduled',
      'InterviewHeld',
      'ServiceStandardWarning',
      'FinalReplySent',
    ]);
    expect(events[2]!.data).toMatchObject({ clockOutcome: 'met' });
    expect(events[4]!.data).toMatchObject({ clock: { standardId: 'internship-interview-reply', startedAt: heldAt, dueAt } });
    expect(events[5]!.data).toMatchObject({
      standardId: 'internship-interview-reply',
      notify: { role: 'case-officer', officerId: 'olivier' },
    });
    expect(events[6]!.data).toMatchObject({ decision: 'selected', clockOutcome: 'met' });
  });
});
