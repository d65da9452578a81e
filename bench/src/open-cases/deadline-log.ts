import type { KafkaMessage } from 'kafkajs';
import type { EventEnvelope } from '@entente/contracts';
import type { ClockPlan } from '@entente/domain';

/**
 * Each deadline event of a service-standard clock, in the order they fire, the field recording
 * when it fired, and the instant its plan set. A warning whose timer fires after the due instant
 * is never sent (the domain then sends the breach alone); the escalation always comes last.
 */
const DEADLINES: Readonly<Record<string, { readonly firedAt: string; readonly planned: (plan: ClockPlan) => string | undefined }>> = {
  ServiceStandardWarning: { firedAt: 'warnedAt', planned: (plan) => plan.warnAt },
  ServiceStandardBreached: { firedAt: 'breachedAt', planned: (plan) => plan.dueAt },
  ServiceStandardBreachEscalated: { firedAt: 'escalatedAt', planned: (plan) => plan.escalateFurther?.at },
};
export const DEADLINES_PER_CASE = Object.keys(DEADLINES).length;
const FIRST_DEADLINE = 'ServiceStandardWarning';
const LAST_DEADLINE = 'ServiceStandardBreachEscalated';

interface Fired {
  readonly caseId: string;
  readonly type: string;
  /** The workflow's time when its timer fired, as the event records it. */
  readonly firedAt: number;
  /** When the worker sent it to Kafka (the message's timestamp). */
  readonly publishedAt: number;
}

/**
 * Collects, from the e-mail topic, the clock plans and deadline events of the cases watched, and
 * tells how late each deadline fired (in workflow time) and reached Kafka, in ms.
 */
export class DeadlineLog {
  private readonly plans = new Map<string, ClockPlan>();
  private readonly fired = new Map<string, Fired>();
  private readonly finished = new Set<string>();

  constructor(private readonly caseIds: ReadonlySet<string>) {}

  /** Takes one message; true once every case watched has had its last deadline. */
  take(message: KafkaMessage): boolean {
    const event = JSON.parse(String(message.value)) as EventEnvelope<Record<string, unknown>>;
    if (this.caseIds.has(event.caseId)) this.record(event, Number(message.timestamp));
    return this.finished.size === this.caseIds.size;
  }

  /**
   * How late each deadline fired and reached Kafka (ms), the warnings' apart (each case's first
   * deadline), and how many of each kind never came.
   */
  lateness(): { fired: number[]; published: number[]; warnings: number[]; missing: Record<string, number> } {
    const late = [...this.fired.values()].flatMap((fired) => {
      const plan = this.plans.get(fired.caseId);
      const planned = plan && DEADLINES[fired.type]!.planned(plan);
      if (!planned) return [];
      const plannedAt = Date.parse(planned);
      return [{ type: fired.type, fired: fired.firedAt - plannedAt, published: fired.publishedAt - plannedAt }];
    });
    const seen = (type: string) => [...this.fired.values()].filter((fired) => fired.type === type).length;
    const missing = Object.fromEntries(Object.keys(DEADLINES).map((type) => [type, this.caseIds.size - seen(type)]));
    return {
      fired: late.map((l) => l.fired),
      published: late.map((l) => l.published),
      warnings: late.filter((l) => l.type === FIRST_DEADLINE).map((l) => l.fired),
      missing,
    };
  }

  private record(event: EventEnvelope<Record<string, unknown>>, publishedAt: number): void {
    if (event.type === 'EmailRequestReceived') this.plans.set(event.caseId, event.data.clock as ClockPlan);
    const deadline = DEADLINES[event.type];
    if (deadline)
      this.fired.set(event.eventId, {
        caseId: event.caseId,
        type: event.type,
        firedAt: Date.parse(String(event.data[deadline.firedAt])),
        publishedAt,
      });
    if (event.type === LAST_DEADLINE) this.finished.add(event.caseId);
  }
}
