import { IsNull, LessThanOrEqual, type EntityManager } from 'typeorm';
import { DAILY_DIGEST, digestDate, type WorkingCalendar } from '@entente/domain';
import { digestEventId, messageIdOf, NotificationOutboxEntity } from '@entente/persistence';
import type { DailyDigestRun, DigestActivities } from '@entente/workflows';

/** The daily digest's gathering, in the notifier's outbox: one transaction, waiting rows locked. */
export function digestActivities(database: EntityManager, calendar: () => Promise<WorkingCalendar>): DigestActivities {
  return {
    async gatherDailyDigests(asOf: string): Promise<DailyDigestRun> {
      const date = digestDate(asOf, await calendar());
      if (date === null) return { asOf, date, digests: 0, messages: 0 };
      return database.transaction(async (manager) => {
        const rows = manager.getRepository(NotificationOutboxEntity);
        const waiting = await rows.find({
          select: { eventId: true, recipientId: true },
          where: { immediate: false, sentAt: IsNull(), digestId: IsNull(), createdAt: LessThanOrEqual(new Date(asOf)) },
          lock: { mode: 'pessimistic_write', onLocked: 'skip_locked' },
        });
        const byRecipient = new Map<string, string[]>();
        for (const { recipientId, eventId } of waiting) byRecipient.set(recipientId, [...(byRecipient.get(recipientId) ?? []), eventId]);
        let [digests, messages] = [0, 0];
        for (const [recipientId, gathered] of byRecipient) {
          const digestId = digestEventId(date);
          // A digest already made today (an earlier run) keeps what it had: the rest waits for the next working day.
          const made = await rows
            .createQueryBuilder()
            .insert()
            .values({ eventId: digestId, recipientId, kind: DAILY_DIGEST, immediate: true, messageId: messageIdOf(digestId, recipientId) })
            .orIgnore()
            .returning(['eventId'])
            .execute();
          if ((made.raw as unknown[]).length === 0) continue;
          await rows.update(
            gathered.map((eventId) => ({ eventId, recipientId })),
            { digestId },
          );
          [digests, messages] = [digests + 1, messages + gathered.length];
        }
        return { asOf, date, digests, messages };
      });
    },
  };
}
