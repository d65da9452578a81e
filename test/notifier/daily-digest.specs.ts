import { randomUUID } from 'node:crypto';
import { messageIdOf } from '@entente/persistence';
import { DAILY_DIGEST_SCHEDULE, keepSchedule } from '@entente/worker';
import { dailyDigestWorkflow } from '@entente/workflows';
import type { DataSource } from 'typeorm';
import type { ApiStack } from '../api/api-harness';
import { eventually } from '../projector/projector-harness';
import { inboxOf, textOf } from './mailpit-inbox';

/*
 * Issue 16: a supervisor who chose the daily digest gets the day's warnings in one message at
 * 8:30 in Québec on working days. The digest workflow runs on the real engines with an "as of"
 * input (the time-skipping server has no schedules; the schedule itself is registered by the
 * worker); the gathering is the worker's activity, the sending the notifier's, to Mailpit.
 *
 * Run by notifier.test.ts on its stack, while its notifier sends from the stack's outbox: one
 * stack started for both. She works in another team than that file's supervisor, so its breaches
 * are not hers.
 */
export function dailyDigestSpecs(stack: ApiStack, database: () => DataSource): void {
  const SUPERVISOR = { id: `sophie-digest-${stack.run}`, email: `sophie.digest.${stack.run}@mri.example` };
  const MONDAY = '2027-01-18T13:30:00.000Z';
  const TUESDAY = '2027-01-19T13:30:00.000Z';
  const SATURDAY = '2027-01-16T13:30:00.000Z';
  const SAINT_JEAN = '2027-06-24T12:30:00.000Z';

  const ENTRY = {
    name: 'Sophie Gagnon',
    email: SUPERVISOR.email,
    role: 'supervisor',
    teams: ['international-programs'],
    language: 'fr',
    delivery: 'immediate',
  };
  const admin = () => stack.bearer('administrator');
  const sophie = () => stack.bearer('supervisor', SUPERVISOR.id);

  /** A warning the notifier owed the supervisor, waiting for her digest (as its consumer writes it). */
  async function warningOwed(): Promise<string> {
    const caseId = randomUUID();
    const eventId = `${caseId}:2`;
    await database().query(
      `INSERT INTO "${stack.schema}".notification_outbox (event_id, recipient_id, case_id, case_type, kind, immediate, due_at, message_id)
     VALUES ($1, $2, $3, 'email-request', 'deadline-warning', false, '2027-01-19T22:00:00Z', $4)`,
      [eventId, SUPERVISOR.id, caseId, messageIdOf(eventId, SUPERVISOR.id)],
    );
    return caseId;
  }

  const digestAsOf = (asOf: string) =>
    stack.temporal.workflow.execute(dailyDigestWorkflow, {
      taskQueue: stack.taskQueue,
      workflowId: `t-digest-${randomUUID()}`,
      args: [{ asOf }],
    });
  const digests = async () =>
    (await inboxOf(stack.engines.mailpitUrl, SUPERVISOR.email)).filter(({ Subject }) => Subject.startsWith('Résumé'));

  describe('the staff directory', () => {
    it('is kept by administrators, with clear errors, and read by no one else', async () => {
      await stack.http().put(`/staff-directory/${SUPERVISOR.id}`).set('Authorization', sophie()).send(ENTRY).expect(403);
      const refused = await stack
        .http()
        .put(`/staff-directory/${SUPERVISOR.id}`)
        .set('Authorization', admin())
        .send({ ...ENTRY, teams: ['nowhere'] });
      expect(refused.status).toBe(400);
      expect(JSON.stringify(refused.body)).toContain('teams');
      await stack.http().put('/staff-directory/a%20b').set('Authorization', admin()).send(ENTRY).expect(400);
      await stack.http().get('/me/notification-preferences').set('Authorization', sophie()).expect(404);
      const kept = await stack.http().put(`/staff-directory/${SUPERVISOR.id}`).set('Authorization', admin()).send(ENTRY).expect(200);
      expect(kept.body).toEqual({ id: SUPERVISOR.id, ...ENTRY });
      const listed = await stack.http().get('/staff-directory').set('Authorization', admin()).expect(200);
      expect(listed.body).toContainEqual({ id: SUPERVISOR.id, ...ENTRY });
      await stack.http().get('/staff-directory').set('Authorization', sophie()).expect(403);
      await stack.http().delete('/staff-directory/nobody').set('Authorization', admin()).expect(404);
    });

    it('lets each person choose their language and rhythm, and nothing else', async () => {
      const wrong = await stack
        .http()
        .put('/me/notification-preferences')
        .set('Authorization', sophie())
        .send({ delivery: 'weekly' })
        .expect(400);
      expect(JSON.stringify(wrong.body)).toContain('delivery');
      const beyond = await stack
        .http()
        .put('/me/notification-preferences')
        .set('Authorization', sophie())
        .send({ role: 'director' })
        .expect(400);
      expect(JSON.stringify(beyond.body)).toContain('role');
      const chosen = await stack
        .http()
        .put('/me/notification-preferences')
        .set('Authorization', sophie())
        .send({ delivery: 'daily-digest' });
      expect(chosen.status).toBe(200);
      expect(chosen.body).toEqual({ id: SUPERVISOR.id, ...ENTRY, delivery: 'daily-digest' });
    });
  });

  describe('the daily digest', () => {
    it('gathers nothing on a weekend or a holiday', async () => {
      await warningOwed();
      expect(await digestAsOf(SATURDAY)).toEqual({ asOf: SATURDAY, date: null, digests: 0, messages: 0 });
      expect(await digestAsOf(SAINT_JEAN)).toEqual({ asOf: SAINT_JEAN, date: null, digests: 0, messages: 0 });
    });

    it('sends a working morning’s warnings in one message, once, however often it runs', async () => {
      const second = await warningOwed();
      expect(await digestAsOf(MONDAY)).toEqual({ asOf: MONDAY, date: '2027-01-18', digests: 1, messages: 2 });
      const [digest, ...more] = await eventually('the digest in the supervisor’s inbox', async () => {
        const found = await digests();
        return found.length > 0 ? found : undefined;
      });
      expect(more).toEqual([]);
      expect(digest!.Subject).toBe('Résumé quotidien du 2027-01-18');
      const text = await textOf(stack.engines.mailpitUrl, digest!);
      expect(text).toContain('2 avis depuis votre dernier résumé :');
      expect(text).toContain(`/cases/${second}`);
      expect(text).toContain('échéance 19 janvier 2027 à 17 h 00');
      const rows: { sent: boolean }[] = await database().query(
        `SELECT sent_at IS NOT NULL AS sent FROM "${stack.schema}".notification_outbox WHERE recipient_id = $1`,
        [SUPERVISOR.id],
      );
      expect(rows).toEqual([{ sent: true }, { sent: true }, { sent: true }]);

      // The same morning again (a retry, a second schedule): nothing new; a warning owed since waits for the next working day.
      const late = await warningOwed();
      expect(await digestAsOf(MONDAY)).toMatchObject({ digests: 0, messages: 0 });
      expect(await digestAsOf(TUESDAY)).toMatchObject({ date: '2027-01-19', digests: 1, messages: 1 });
      const both = await eventually('Tuesday’s digest', async () => {
        const found = await digests();
        return found.length === 2 ? found : undefined;
      });
      const tuesday = both.find(({ Subject }) => Subject.endsWith('2027-01-19'))!;
      expect(await textOf(stack.engines.mailpitUrl, tuesday)).toContain(`/cases/${late}`);
      expect(new Set(both.map(({ MessageID }) => MessageID)).size).toBe(2);
    });

    it('is started by a Temporal schedule at 8:30 in Québec on weekdays', async () => {
      const scheduleId = `digest-${stack.run}`;
      expect(await keepSchedule(stack.temporal, stack.taskQueue, { ...DAILY_DIGEST_SCHEDULE, scheduleId })).toBe('created');
      expect(await keepSchedule(stack.temporal, stack.taskQueue, { ...DAILY_DIGEST_SCHEDULE, scheduleId })).toBe('kept');
      const schedule = stack.temporal.schedule.getHandle(scheduleId);
      try {
        const { spec, info } = await schedule.describe();
        expect(spec.timezone).toBe('America/Toronto');
        const quebec = new Intl.DateTimeFormat('en-CA', {
          timeZone: 'America/Toronto',
          weekday: 'short',
          hour: '2-digit',
          minute: '2-digit',
          hourCycle: 'h23',
        });
        const next = info.nextActionTimes.slice(0, 5).map((at) => quebec.format(at));
        expect(next).toHaveLength(5);
        for (const at of next) expect(at).toMatch(/^(Mon|Tue|Wed|Thu|Fri),? 08:30$/);
      } finally {
        await schedule.delete();
      }
    });
  });
}
