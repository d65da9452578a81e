/** How many batches this process remembers having published: minutes of traffic at the drill's load. */
export const REMEMBERED_BATCHES = 10_000;

/**
 * One send of a batch in this process. An activity attempt that timed out while the broker was
 * down leaves its send retrying inside the producer; a new attempt that sent the batch beside it
 * would take other sequence numbers, and both copies would land on the topic. So a new attempt
 * waits for the send in flight: done, the batch is published; failed, the producer gave its
 * sequence numbers back, and the copy sent again is the broker's to deduplicate. An attempt that
 * comes after the send succeeded (Temporal had given up on the one that made it) finds the batch
 * among those recently published, and sends nothing.
 */
export class SendsInFlight {
  private readonly sends = new Map<string, Promise<void>>();
  private readonly sent = new Set<string>();

  constructor(private readonly remembered = REMEMBERED_BATCHES) {}

  async once(batch: string, send: () => Promise<void>): Promise<void> {
    for (let inFlight = this.sends.get(batch); inFlight; inFlight = this.sends.get(batch)) {
      try {
        return await inFlight;
      } catch {
        // The first waiter to get here sends it again; the others wait for that send.
      }
    }
    if (this.sent.has(batch)) return;
    const sending = send()
      .then(() => this.remember(batch))
      .finally(() => this.sends.delete(batch));
    this.sends.set(batch, sending);
    return sending;
  }

  /** The oldest batch goes first: by then no attempt of it is still retried. */
  private remember(batch: string): void {
    this.sent.add(batch);
    if (this.sent.size > this.remembered) this.sent.delete(this.sent.values().next().value!);
  }
}
