import { setTimeout as sleep } from 'node:timers/promises';
import type { Pool } from 'pg';

/** How often the read model is looked at: the resolution of the latencies measured. */
export const POLL_MS = 5;

interface Awaited {
  readonly sequence: number;
  readonly resolve: (visibleAt: number) => void;
}

/**
 * Tells when a change became visible in a read model: polls one query for every key awaited
 * (`$1` is the keys; rows are `key`, `sequence`) and resolves each wait with performance.now() of
 * the poll that first saw the key at its sequence or later.
 */
export class VisibilityWatch {
  private readonly waiting = new Map<string, Awaited[]>();
  private running = true;
  private readonly polling: Promise<void>;

  constructor(
    private readonly pool: Pool,
    private readonly query: string,
  ) {
    this.polling = this.poll();
  }

  visible(key: string, sequence: number): Promise<number> {
    return new Promise((resolve) => this.waiting.set(key, [...(this.waiting.get(key) ?? []), { sequence, resolve }]));
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.polling;
  }

  private async poll(): Promise<void> {
    while (this.running) {
      if (this.waiting.size > 0) {
        const { rows } = await this.pool.query<{ key: string; sequence: number }>(this.query, [[...this.waiting.keys()]]);
        const seenAt = performance.now();
        for (const row of rows) this.settle(row.key, row.sequence, seenAt);
      }
      await sleep(POLL_MS);
    }
  }

  private settle(key: string, sequence: number, seenAt: number): void {
    const waits = this.waiting.get(key) ?? [];
    const still = waits.filter((wait) => wait.sequence > sequence);
    waits.filter((wait) => wait.sequence <= sequence).forEach((wait) => wait.resolve(seenAt));
    if (still.length > 0) this.waiting.set(key, still);
    else this.waiting.delete(key);
  }
}
