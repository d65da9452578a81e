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
      if (message === 'partitions positioned at checkpoints') this.startedAt = performance.now();
      if (message === 'batch applied') this.count(fields.applied as number);
    },
    debug: () => undefined,
    warn: () => undefined,
    error: (message, fields = {}) =>
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
