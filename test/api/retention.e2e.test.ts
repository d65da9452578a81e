import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TEAMS, type Role, type Team } from '@entente/domain';
import { keepSchedule, RETENTION_SCHEDULE, retentionActivities } from '@entente/worker';
import type { RetentionReport } from '@entente/workflows';
import { testKeyStore } from '../support/payload-keys';
import { eventually } from '../projector/projector-harness';
import { ApiStack } from './api-harness';
import { senderFixture, startedWithDatabase } from './sender-fixture';

/*
 * The retention schedule (issue 15, item 6; docs/adr/0018): the nightly run, started here with
 * the night it stands for ("as of"), erases each closed case whose period has run, as the system,
 * the rule its reason; it skips and reports a case under a legal hold; nothing before the period.
 * The deposit to the archives writes the case's history, opened, to the archives' folder. And the
 * Temporal schedule itself, on the dev server: registered once, at 02:30 in Québec, and a run it
 * starts completes.
 */

const stack = new ApiStack();
const { email: EMAIL, sender: SENDER, holdsSender } = senderFixture(stack, '-retention-test');
const database = startedWithDatabase(stack);
const MINISTRY: readonly Team[] = TEAMS.filter((team) => team !== 'interparliamentary-cooperation');
const as = (role: Role) => stack.bearer(role);
const privacyOfficer = () => stack.bearer('privacy-officer', `privacy-${stack.run}`, MINISTRY);

async function answered(): Promise<string> {
  const caseId = (await stack.http().post('/email-requests').set('Authorization', as('intake-officer')).send(EMAIL).expect(201)).body
    .caseId as string;
  await stack.answerEmailRequest(caseId);
  return caseId;
}

const runFor = (asOf: string, name: string, limit?: number) =>
  stack.temporal.workflow.execute('retentionScheduleWorkflow', {
    taskQueue: stack.taskQueue,
    workflowId: `retention-${name}-${stack.run}`,
    args: [{ asOf, limit }],
  }) as Promise<RetentionReport>;

describe('the nightly retention run', () => {
  let due: string;
  let held: string;

  beforeAll(async () => {
    // Held first: a case it skips must not take the night's quota from the one after it.
    held = await answered();
    due = await answered();
    const hold = { kind: 'commission-review', reason: 'Review by the Commission pending, file 1234' };
    await stack.http().post(`/cases/${held}/holds`).set('Authorization', privacyOfficer()).send(hold).expect(201);
  });

  it('disposes of nothing before the schedule’s first version, nor before a case’s period has run', async () => {
    expect(await runFor('2026-12-01T07:30:00.000Z', 'before')).toMatchObject({ scheduleVersion: null, destroyed: [], skipped: [] });
    const nextYear = new Date(Date.now() + 366 * 24 * 3600 * 1000).toISOString();
    expect(await runFor(nextYear, 'early')).toMatchObject({ scheduleVersion: 1, destroyed: [], skipped: [] });
  });

  it('deposits a case’s history, opened, to the archives’ folder', async () => {
    const activities = retentionActivities(database().manager, testKeyStore(database()), stack.archivesDir);
    const name = await activities.depositToArchives({ caseId: due, caseType: 'email-request', scheduleVersion: 1 });
    expect(name).toBe(join('email-request', `${due}.json`));
    const deposit = JSON.parse(readFileSync(join(stack.archivesDir, name), 'utf8')) as { events: { data: unknown }[] };
    expect(deposit).toMatchObject({ caseId: due, caseType: 'email-request', scheduleVersion: 1 });
    expect(deposit.events[0]!.data).toMatchObject({ sender: SENDER });
  });

  it('erases a case once its period has run, as the system, and skips one under a legal hold, which takes no quota', async () => {
    const report = await runFor('2100-01-01T07:30:00.000Z', 'due', 1);
    expect(report).toMatchObject({ scheduleVersion: 1, destroyed: [due], deposited: [] });
    expect(report.skipped).toEqual([{ caseId: held, reason: expect.stringMatching(/legal hold \(commission-review\)/) }]);
    const erased = await stack.readModel(due, (body) => body.timeline.length === 4);
    expect(erased).toMatchObject({ senderAddress: '[erased]', senderName: '[erased]' });
    expect(erased.timeline.at(-1)).toMatchObject({
      type: 'PersonalInformationErased',
      actor: { id: 'retention-schedule', role: 'system' },
      data: { reason: expect.stringMatching(/^Retention schedule version 1: email-request, 2 years after closing, destroyed/) },
    });
    const untouched = await stack.http().get(`/cases/${held}`).set('Authorization', as('supervisor')).expect(200);
    expect(holdsSender(JSON.stringify(untouched.body))).toBe(true);
    const verification = await stack.http().get(`/cases/${due}/verification`).set('Authorization', as('auditor')).expect(200);
    expect(verification.body).toMatchObject({ events: 4, verified: true });
  });

  it('is kept by a Temporal schedule at 02:30 in Québec, registered once, whose runs complete', async () => {
    const scheduleId = `retention-${stack.run}`;
    expect(await keepSchedule(stack.temporal, stack.taskQueue, { ...RETENTION_SCHEDULE, scheduleId })).toBe('created');
    expect(await keepSchedule(stack.temporal, stack.taskQueue, { ...RETENTION_SCHEDULE, scheduleId })).toBe('kept');
    const schedule = stack.temporal.schedule.getHandle(scheduleId);
    try {
      const described = await schedule.describe();
      expect(described.spec).toMatchObject({
        timezone: 'America/Toronto',
        calendars: [expect.objectContaining({ hour: [{ start: 2, end: 2, step: 1 }] })],
      });
      const next = described.info.nextActionTimes[0]!;
      expect(
        new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Toronto', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
          next,
        ),
      ).toBe('02:30');
      await schedule.trigger();
      const started = await eventually('the triggered run', async () => (await schedule.describe()).info.recentActions[0]?.action.workflow);
      const report = (await stack.temporal.workflow.getHandle(started.workflowId, started.firstExecutionRunId).result()) as RetentionReport;
      expect(report).toMatchObject({ scheduleVersion: 1, more: false });
    } finally {
      await schedule.delete();
    }
  });
});
