/**
 * One send of a batch at a time in this process. An activity attempt that timed out while the
 * broker was down leaves its send retrying inside the producer; a new attempt that sent the batch
 * beside it would take other sequence numbers, and both copies would land on the topic. So a new
 * attempt waits for the send in flight: done, the batch is published; failed, the producer gave
 * its sequence numbers back, and the copy sent again is the broker's to deduplicate.
 */
export class SendsInFlight {
  private readonly sends = new Map<string, Promise<void>>();

  async once(batch: string, send: () => Promise<void>): Promise<void> {
    for (let inFlight = this.sends.get(batch); inFlight; inFlight = this.sends.get(batch)) {
      try {
        return await inFlight;
      } catch {
        // The first waiter to get here sends it again; the others wait for that send.
      }
    }
    const sending = send().finally(() => this.sends.delete(batch));
    this.sends.set(batch, sending);
    return sending;
  }
}
