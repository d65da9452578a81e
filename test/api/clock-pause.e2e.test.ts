import { ApiStack, type CaseDetailBody } from './api-harness';

// A clock pauses only for a reason its standard allows; while paused it is not overdue; resuming
// moves its deadlines by the working days the pause covered (none, within the same day). Only the
// officer who holds the case, or the roles above them in its team, pause it.

const stack = new ApiStack();
beforeAll(() => stack.start());
afterAll(() => stack.stop());

const EMAIL = { sender: { address: 'awa@example.org' }, subject: 'Stage OIG', body: 'Critères ?' };
const STANDARD = 'email-information-request';
const clock = (caseId: string, action: string, role: 'case-officer' | 'auditor' = 'case-officer', body: object = {}) =>
  stack.http().post(`/clocks/email-request/${caseId}/${STANDARD}/${action}`).set('Authorization', stack.bearer(role)).send(body);

/** A received e-mail, assigned to the test's case officer. */
async function heldCase(): Promise<{ caseId: string; dueAt: string }> {
  const received = await stack.http().post('/email-requests').set('Authorization', stack.bearer('intake-officer')).send(EMAIL).expect(201);
  const { caseId } = received.body as { caseId: string };
  await stack
    .http()
    .post(`/email-requests/${caseId}/assign`)
    .set('Authorization', stack.bearer('supervisor'))
    .send({ officerId: `case-officer-${stack.run}` })
    .expect(200);
  return { caseId, dueAt: received.body.state.clock.plan.dueAt as string };
}

const clocksOf = (body: CaseDetailBody) => body.clocks as readonly { state: string }[];

describe('pausing a service-standard clock over HTTP', () => {
  it('pauses while waiting for the requester, then resumes, each step in the timeline', async () => {
    const { caseId, dueAt } = await heldCase();
    const why = { reason: 'awaiting-requester-information', explanation: 'Numéro de dossier manquant' };
    const paused = await clock(caseId, 'pause', 'case-officer', why).expect(200);
    expect(paused.body.state.clock).toMatchObject({ pauses: [{ reason: why.reason, resumedAt: null }] });
    expect(paused.body.state.clock.pausedAt).toEqual(expect.any(String));
    // The case page's view of the clock: paused, with its reason, still counting working days to the due day.
    const pausedView = await stack.readModel(caseId, (body) => clocksOf(body)[0]?.state === 'paused');
    expect(clocksOf(pausedView)).toEqual([
      expect.objectContaining({
        standardId: 'email-information-request',
        dueAt,
        workingDaysLeft: expect.any(Number),
        paused: expect.objectContaining({ reason: why.reason, explanation: why.explanation }),
        moves: [],
      }),
    ]);

    const resumed = await clock(caseId, 'resume').expect(200);
    expect(resumed.body.state.clock).toMatchObject({ pausedAt: null, plan: { dueAt }, pauses: [{ pausedWorkingDays: 0 }] });
    const detail = await stack.readModel(caseId, (body) => clocksOf(body)[0]?.state === 'running' && body.timeline.length === 4);
    expect(clocksOf(detail)[0]).toMatchObject({ state: 'running', paused: null });
    expect(detail.timeline.map((event) => event.type)).toEqual([
      'EmailRequestReceived',
      'EmailRequestAssigned',
      'ServiceStandardClockPaused',
      'ServiceStandardClockResumed',
    ]);
  });

  it('refuses a reason the standard does not allow (422), resuming a running clock (409), an auditor (403), bad input (400)', async () => {
    const { caseId } = await heldCase();
    const wrong = await clock(caseId, 'pause', 'case-officer', { reason: 'on-holiday', explanation: 'x' }).expect(422);
    expect(wrong.body.field).toBe('reason');
    const running = await clock(caseId, 'resume').expect(409);
    expect(running.body.message).toContain('no paused email-information-request clock');
    await clock(caseId, 'pause', 'auditor', { reason: 'awaiting-requester-information', explanation: 'x' }).expect(403);
    const noReason = await clock(caseId, 'pause', 'case-officer', { explanation: 'x' }).expect(400);
    expect(noReason.body.field).toBe('reason');
    await stack
      .http()
      .post(`/clocks/parcel/${caseId}/${STANDARD}/pause`)
      .set('Authorization', stack.bearer('case-officer'))
      .send({})
      .expect(400);
  });
});
