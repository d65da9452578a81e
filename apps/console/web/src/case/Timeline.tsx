import type { TimelineEvent } from '../api/types';
import { useI18n } from '../i18n/i18n';

/** Every event of the case, newest last, with who did it in which role and under which correlation id. */
export function Timeline({ events }: { events: readonly TimelineEvent[] }) {
  const { t, term, instant } = useI18n();
  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('case.timeline')}</h2>
      <ol className="timeline">
        {events.map((event) => (
          <li key={event.sequence} data-event-type={event.type}>
            <span className="seq">{event.sequence}</span>
            <strong className="what">{term('event', event.type)}</strong>
            <dl>
              <dt>{t('case.timeline.who')}</dt>
              <dd className="who">{event.actor.id}</dd>
              <dt>{t('case.timeline.role')}</dt>
              <dd>{term('role', event.actor.role)}</dd>
              <dt>{t('case.timeline.when')}</dt>
              <dd>
                <time dateTime={event.occurredAt}>{instant(event.occurredAt)}</time>
              </dd>
              <dt>{t('case.timeline.correlation')}</dt>
              <dd>
                <code>{event.correlationId}</code>
              </dd>
            </dl>
          </li>
        ))}
      </ol>
    </section>
  );
}
