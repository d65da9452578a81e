import { condition } from '@temporalio/workflow';
import type { Command, Decider, Event } from '@entente/domain';
import { CaseType, ChainHead, EventEnvelope, GENESIS, headOf, seal } from '@entente/contracts';
import type { CaseView } from './case-messages';
import { refusingAsFailure } from './domain-failures';

export interface CaseIdentity {
  readonly caseId: string;
  readonly caseType: CaseType;
}

type Publish = (events: readonly EventEnvelope[]) => Promise<void>;

/** An event's data in the schema version it is sealed with. */
export interface WrittenEvent {
  readonly schemaVersion: number;
  readonly data: unknown;
}

/** What a long case carries into its next run (continue-as-new): its state and chain head, all published. */
export interface CarriedCase<S> {
  readonly state: S;
  readonly head: ChainHead;
}

/**
 * The workflow side of an aggregate: folds the case's own events through its decider and
 * publishes them in order. State is evolved as soon as a command is decided, so that a second
 * command arriving while the first one's events are being published sees the new state.
 */
export class CaseRunner<S, C extends Command<string, unknown>, E extends Event<string, unknown>> {
  private state: S;
  private head: ChainHead;
  private publishedUpTo: number;
  private readonly outbox: EventEnvelope[] = [];
  private changed: (state: S) => void = () => undefined;

  constructor(
    private readonly decider: Decider<S, C, E>,
    private readonly identity: CaseIdentity,
    private readonly write: (event: E) => WrittenEvent,
    private readonly publish: Publish,
    carried?: CarriedCase<S>,
  ) {
    this.state = carried?.state ?? decider.initialState();
    this.head = carried?.head ?? GENESIS;
    this.publishedUpTo = this.head.sequence;
  }

  /** Only once the outbox is drained: a new run starts from what the topic already holds. */
  carry(): CarriedCase<S> {
    if (this.outbox.length > 0) throw new Error('events still to publish cannot be carried');
    return { state: this.state, head: this.head };
  }

  /** Told the new state after each command that changed it, before its events are published. */
  onChange(listener: (state: S) => void): void {
    this.changed = listener;
  }

  get current(): S {
    return this.state;
  }

  get sequence(): number {
    return this.head.sequence;
  }

  view(): CaseView<S> {
    return { caseId: this.identity.caseId, sequence: this.head.sequence, state: this.state };
  }

  /** Decides, records and publishes; resolves once the command's events are on the topic. */
  async execute(command: C): Promise<CaseView<S>> {
    const events = refusingAsFailure(() => this.decider.decide(command, this.state));
    const sealed = seal(
      this.head,
      events.map((event) => this.toSeal(command, event)),
    );
    this.state = events.reduce((state, event) => this.decider.evolve(state, event), this.state);
    this.head = headOf(sealed, this.head);
    this.outbox.push(...sealed);
    if (events.length > 0) this.changed(this.state);
    const target = this.head.sequence;
    await condition(() => this.publishedUpTo >= target);
    return this.view();
  }

  /** Runs for the workflow's life: drains the outbox one batch at a time, in sequence order. */
  async publishUntil(done: () => boolean): Promise<void> {
    for (;;) {
      await condition(() => this.outbox.length > 0 || done());
      if (this.outbox.length === 0) return;
      const batch = this.outbox.splice(0, this.outbox.length);
      await this.publish(batch);
      this.publishedUpTo = batch[batch.length - 1]!.sequence;
    }
  }

  private toSeal(command: C, event: E) {
    const { schemaVersion, data } = this.write(event);
    return {
      ...this.identity,
      type: event.type,
      schemaVersion,
      occurredAt: command.metadata.now,
      actor: command.metadata.actor,
      correlationId: command.metadata.correlationId,
      data,
    };
  }
}
