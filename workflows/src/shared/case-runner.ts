import { condition } from '@temporalio/workflow';
import type { Command, Decider, Event } from '@entente/domain';
import { CaseType, ChainHead, EventEnvelope, EventToSeal, GENESIS, headOf, seal } from '@entente/contracts';
import type { CaseView } from './case-messages';
import { refusingAsFailure } from './domain-failures';

export interface CaseIdentity {
  readonly caseId: string;
  readonly caseType: CaseType;
}

type Publish = (events: readonly EventEnvelope[]) => Promise<void>;

/**
 * The events' data as they will rest, their personal fields sealed under the case's key (in a
 * local activity, whose result history records); absent for cases begun before, which seal as decided.
 */
export type Conceal = (data: readonly unknown[]) => Promise<readonly unknown[]>;

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
 * command arriving while the first one's events are being published sees the new state. Events
 * are sealed into the chain as they leave the outbox, after their personal fields are sealed,
 * so the chain covers what is stored.
 */
export class CaseRunner<S, C extends Command<string, unknown>, E extends Event<string, unknown>> {
  private state: S;
  private head: ChainHead;
  private decidedUpTo: number;
  private publishedUpTo: number;
  private readonly outbox: EventToSeal[] = [];
  private changed: (state: S) => void = () => undefined;

  constructor(
    private readonly decider: Decider<S, C, E>,
    private readonly identity: CaseIdentity,
    private readonly write: (event: E) => WrittenEvent,
    private readonly publish: Publish,
    carried?: CarriedCase<S>,
    private readonly conceal?: Conceal,
  ) {
    this.state = carried?.state ?? decider.initialState();
    this.head = carried?.head ?? GENESIS;
    this.decidedUpTo = this.head.sequence;
    this.publishedUpTo = this.head.sequence;
  }

  /** Only once the outbox is drained: a new run starts from what the topic already holds. */
  carry(): CarriedCase<S> {
    if (this.head.sequence !== this.decidedUpTo) throw new Error('events still to publish cannot be carried');
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
    return this.decidedUpTo;
  }

  view(): CaseView<S> {
    return { caseId: this.identity.caseId, sequence: this.decidedUpTo, state: this.state };
  }

  /** Decides, records and publishes; resolves once the command's events are on the topic. */
  async execute(command: C): Promise<CaseView<S>> {
    const events = refusingAsFailure(() => this.decider.decide(command, this.state));
    const next = events.reduce((state, event) => this.decider.evolve(state, event), this.state);
    return this.append(
      events.map((event) => this.toSeal(command, event.type, this.write(event))),
      next,
    );
  }

  /**
   * Records an event that any case type records beside its decider (a correction), folded as the
   * case's stored events fold it; resolves once it is on the topic.
   */
  async record(
    command: Command<string, unknown>,
    event: WrittenEvent & { readonly type: string },
    evolve: (state: S) => S,
  ): Promise<CaseView<S>> {
    return this.append([this.toSeal(command, event.type, event)], evolve(this.state));
  }

  private async append(events: readonly EventToSeal[], next: S): Promise<CaseView<S>> {
    this.outbox.push(...events);
    this.state = next;
    this.decidedUpTo += events.length;
    if (events.length > 0) this.changed(this.state);
    const target = this.decidedUpTo;
    await condition(() => this.publishedUpTo >= target);
    return this.view();
  }

  /** Runs for the workflow's life: drains the outbox one batch at a time, in sequence order. */
  async publishUntil(done: () => boolean): Promise<void> {
    for (;;) {
      await condition(() => this.outbox.length > 0 || done());
      if (this.outbox.length === 0) return;
      const decided = this.outbox.splice(0, this.outbox.length);
      // No await without sealing to do: cases begun before keep the order of their commands exactly.
      const sealed = seal(this.head, this.conceal ? await this.concealed(this.conceal, decided) : decided);
      this.head = headOf(sealed, this.head);
      await this.publish(sealed);
      this.publishedUpTo = this.head.sequence;
    }
  }

  private async concealed(conceal: Conceal, batch: readonly EventToSeal[]): Promise<readonly EventToSeal[]> {
    const data = await conceal(batch.map((event) => event.data));
    return batch.map((event, index) => ({ ...event, data: data[index] }));
  }

  private toSeal(command: Command<string, unknown>, type: string, { schemaVersion, data }: WrittenEvent): EventToSeal {
    return {
      ...this.identity,
      type,
      schemaVersion,
      occurredAt: command.metadata.now,
      actor: command.metadata.actor,
      correlationId: command.metadata.correlationId,
      data,
    };
  }
}
