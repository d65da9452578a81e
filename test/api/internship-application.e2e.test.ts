import type { Role } from '@entente/domain';
import { ApiStack } from './api-harness';

// An IGO internship application over HTTP on the real engines, to the read model.

const stack = new ApiStack();
beforeAll(() => stack.start());
afterAll(() => stack.stop());

const officer = `olivier-${stack.run}`;
const CANDIDATE = {
  name: 'Léa Tremblay',
  email: 'lea@ulaval.example',
  studyLevel: 'doctorate',
  university: 'Université Laval',
  fieldOfStudy: 'Political science',
};
const post = (path: string, role: Role, body: object, sub?: string) =>
  stack.http().post(`/internship-applications${path}`).set('Authorization', stack.bearer(role, sub)).send(body);

async function file(filedAt?: string): Promise<string> {
  const filed = await post('', 'intake-officer', { candidate: CANDIDATE, preferredOrganizations: ['UNESCO', 'OECD'], filedAt }).expect(201);
  return filed.body.caseId;
}

const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY).toISOString();

describe('internship applications over HTTP', () => {
  it('records every step late at its true instant, an interview held last week included, and counts each clock met', async () => {
    const caseId = await file(daysAgo(10));
    await post(`/${caseId}/assign`, 'supervisor', { officerId: officer }).expect(200);
    await post(`/${caseId}/eligibility-reply`, 'case-officer', { decision: 'eligible', sentAt: daysAgo(9) }, officer).expect(200);
    const scheduledFor = daysAgo(7);
    await post(`/${caseId}/interview`, 'case-officer', { scheduledFor, format: 'in-person' }, officer).expect(200);
    const held = (heldAt: string) => post(`/${caseId}/interview/held`, 'case-officer', { panel: ['Marc Bouchard'], heldAt }, officer);
    const beforeItsTime = await held(new Date(Date.parse(scheduledFor) - 60_000).toISOString()).expect(422);
    expect(beforeItsTime.body).toMatchObject({ code: 'invalid-command', field: 'heldAt' });
    await held(scheduledFor).expect(200);
    const placement = { post: 'Junior programme officer', city: 'Geneva', startsOn: '2027-09-01', endsOn: '2028-02-28' };
    const selected = await post(
      `/${caseId}/final-reply`,
      'case-officer',
      { decision: 'selected', organization: 'OECD', placement, sentAt: daysAgo(2) },
      officer,
    ).expect(200);
    expect(selected.body).toMatchObject({ state: { status: 'selected' } });

    const detail = await stack.readModel(caseId, (body) => body.status === 'selected');
    expect(detail).toMatchObject({
      caseType: 'internship-application',
      assignee: officer,
      standardId: 'internship-interview-reply',
      clockState: 'met',
      senderName: 'Léa Tremblay',
    });
    // Filed ten days late, its eligibility clock breached at once; the reply, sent in time, is met.
    const steps = detail.timeline.filter(({ type }) => !type.startsWith('ServiceStandard'));
    expect(steps.map((event) => event.type)).toEqual([
      'InternshipApplicationFiled',
      'InternshipApplicationAssigned',
      'EligibilityReplySent',
      'InterviewScheduled',
      'InterviewHeld',
      'FinalReplySent',
    ]);
    const eligibility = detail.timeline.find(({ type }) => type === 'EligibilityReplySent');
    expect(eligibility).toMatchObject({ schemaVersion: 2, data: { clockOutcome: 'met' } });
    const queue = await stack
      .http()
      .get(`/cases?caseType=internship-application&assignee=${officer}`)
      .set('Authorization', stack.bearer('auditor'))
      .expect(200);
    expect(queue.body.items.map((item: { caseId: string }) => item.caseId)).toEqual([caseId]);
  });

  it('answers 400 for a bad value, 403 for a role that may not, 409 out of order, 422 for what only the domain judges', async () => {
    const badLevel = await post('', 'intake-officer', {
      candidate: { ...CANDIDATE, studyLevel: 'bachelor' },
      preferredOrganizations: [],
    }).expect(400);
    expect(badLevel.body.field).toBe('candidate.studyLevel');
    await post('', 'auditor', { candidate: CANDIDATE, preferredOrganizations: [] }).expect(403);
    const caseId = await file();
    const early = await post(`/${caseId}/final-reply`, 'supervisor', { decision: 'not-selected', reason: 'No post this year' }).expect(409);
    expect(early.body.message).toContain('eligibility');
    const reasonless = await post(`/${caseId}/eligibility-reply`, 'supervisor', { decision: 'not-eligible' }).expect(422);
    expect(reasonless.body.field).toBe('reason');
  });
});
