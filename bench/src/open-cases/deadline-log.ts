import type { KafkaMessage } from 'kafkajs';
import type { EventEnvelope } from '@entente/contracts';
import type { ClockPlan } from '@entente/domain';

/** Each deadline event of a service-standard clock, the field recording when it fired, and the instant its plan set. */
const DEADLINES: Readonly<Record<string, { readonly firedAt: string; readonly planned: (plan: ClockPlan) => string | undefined }>> = {
  ServiceStandardWarning: { firedAt: 'warnedAt', planned: (plan) => plan.warnAt },
  ServiceStandardBreached: { firedAt: 'breachedAt', planned: (plan) => plan.dueAt },
  ServiceStandardBreachEscalated: { firedAt: 'escalatedAt', planned: (plan) => plan.escalateFurther?.at },
};
export const DEADLINES_PER_CASE = Object.keys(DEADLINES).length;

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

  constructor(private readonly caseIds: ReadonlySet<string>) {}

  /** Takes one message; true once every case watched has its plan and all its deadlines. */
  take(message: KafkaMessage): boolean {
    const event = JSON.parse(String(message.value)) as EventEnvelope<Record<string, unknown>>;
    if (this.caseIds.has(event.caseId)) this.record(event, Number(message.timestamp));
    return this.plans.size === this.caseIds.size && this.fired.size === this.caseIds.size * DEADLINES_PER_CASE;
  }

  lateness(): { fired: number[]; published: number[]; missing: number } {
    const late = [...this.fired.values()].flatMap((fired) => {
      const plan = this.plans.get(fired.caseId);
      const planned = plan && DEADLINES[fired.type]!.planned(plan);
      return planned ? [{ fired: fired.firedAt - Date.parse(planned), published: fired.publishedAt - Date.parse(planned) }] : [];
    });
    return { fired: late.map((l) => l.fired), published: late.map((l) => l.published), missing: this.caseIds.size * DEADLINES_PER_CASE - late.length };
  }

  private record(event: EventEnvelope<Record<string, unknown>>, publishedAt: number): void {
    if (event.type === 'EmailRequestReceived') this.plans.set(event.caseId, event.data.clock as ClockPlan);
    const deadline = DEADLINES[event.type];
    if (deadline) this.fired.set(event.eventId, { caseId: event.caseId, type: event.type, firedAt: Date.parse(String(event.data[deadline.firedAt])), publishedAt });
  }
}
