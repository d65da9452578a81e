import type { EventEnvelope } from '@entente/contracts';
import { counter, histogram, LATENCY_BUCKETS_SECONDS, secondsSince } from '@entente/platform';

const publishDuration = histogram({
  name: 'entente_publish_duration_seconds',
  help: "Time to publish a case's batch of events to Kafka (acknowledged by every in-sync replica), by topic and outcome (ok, error).",
  labelNames: ['topic', 'outcome'],
  buckets: LATENCY_BUCKETS_SECONDS,
});

const eventsPublished = counter({
  name: 'entente_events_published_total',
  help: 'Events published to Kafka by the worker, by case type and event type.',
  labelNames: ['case_type', 'event_type'],
});

/** The service-standard events an operator watches, each its own counter, by standard id and case type. */
const DEADLINE_EVENTS = {
  ServiceStandardWarning: counter({
    name: 'entente_deadline_warnings_total',
    help: 'Deadline warnings published (ServiceStandardWarning), by service standard id and case type.',
    labelNames: ['standard', 'case_type'],
  }),
  ServiceStandardBreached: counter({
    name: 'entente_deadline_breaches_total',
    help: 'Deadline breaches published (ServiceStandardBreached), by service standard id and case type.',
    labelNames: ['standard', 'case_type'],
  }),
  ServiceStandardBreachEscalated: counter({
    name: 'entente_deadline_escalations_total',
    help: 'Breaches escalated one level further (ServiceStandardBreachEscalated), by service standard id and case type.',
    labelNames: ['standard', 'case_type'],
  }),
} as const;

/** The labels an event adds to the counters: its case type, its type, and a deadline event's standard; never its case or data. */
export function publishedLabels(event: Pick<EventEnvelope, 'caseType' | 'type' | 'data'>) {
  const standard = (event.data as { standardId?: unknown } | null)?.standardId;
  return {
    caseType: event.caseType,
    eventType: event.type,
    deadline: event.type in DEADLINE_EVENTS && typeof standard === 'string' ? (event.type as keyof typeof DEADLINE_EVENTS) : null,
    standard: typeof standard === 'string' ? standard : null,
  };
}

/**
 * Times one send of a batch to `topic` and, once Kafka has it, counts its events: a warning, a
 * breach or an escalation counts when it is published, which is when the notifier and the read
 * models can act on it. A batch the worker publishes again after a crash counts again.
 */
export async function timedPublish(topic: string, events: readonly EventEnvelope[], send: () => Promise<void>): Promise<void> {
  const started = process.hrtime.bigint();
  try {
    await send();
  } catch (error) {
    publishDuration.observe({ topic, outcome: 'error' }, secondsSince(started));
    throw error;
  }
  publishDuration.observe({ topic, outcome: 'ok' }, secondsSince(started));
  for (const event of events) {
    const { caseType, eventType, deadline, standard } = publishedLabels(event);
    eventsPublished.inc({ case_type: caseType, event_type: eventType });
    if (deadline && standard) DEADLINE_EVENTS[deadline].inc({ standard, case_type: caseType });
  }
}
