import type { Logger } from '@entente/platform';

/**
 * Listens to what the projector logs and counts the events it applies, so that it is timed from
 * the moment its partitions are positioned (group joined) to the last of `total` events applied,
 * without polling the database it is writing to.
 */
export class AppliedCounter {
  readonly done: Promise<number>;
  private applied = 0;
  private startedAt = 0;
  private resolve!: (elapsedMs: number) => void;
  private reject!: (error: Error) => void;

  constructor(
    private readonly total: number,
    private readonly progress: (applied: number) => void,
  ) {
    this.done = new Promise((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
    });
    this.done.catch(() => undefined); // awaited later; not an unhandled rejection meanwhile
  }

  readonly logger: Logger = {
    info: (message, fields = {}) => {
      // The first instance positioned starts the clock; others join it later.
      if (message === 'partitions positioned at checkpoints' && this.startedAt === 0) this.startedAt = performance.now();
      if (message === 'batch applied') this.count(fields.applied as number);
    },
    debug: () => undefined,
    warn: () => undefined,
    // kafkajs logs a rebalance met mid-batch as an error too; only a batch the projector could not apply fails the count.
    error: (message, fields = {}) =>
      message === 'batch failed' &&
      this.reject(
        new Error(`projector: ${message}: ${fields.error instanceof Error ? fields.error.message : JSON.stringify(fields.error)}`),
      ),
  };

  private count(applied: number): void {
    const before = this.applied;
    this.applied += applied;
    if (Math.floor(this.applied / (this.total / 10)) > Math.floor(before / (this.total / 10))) this.progress(this.applied);
    if (this.applied >= this.total) this.resolve(performance.now() - this.startedAt);
  }
}
