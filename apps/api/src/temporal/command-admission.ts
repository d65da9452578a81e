/** How an admitted call to Temporal ended, as the limit learns from it. */
export type CallEnding = 'answered' | 'overloaded' | 'other';

export interface AdmissionLimits {
  /** Calls in flight the instance never exceeds, however well Temporal answers. */
  readonly max: number;
  /** Calls in flight the instance always allows, however badly Temporal answers. */
  readonly min: number;
  /** Calls under way at a cut started under the old limit and end as badly: one cut per this long. */
  readonly cutEveryMs: number;
}

/** Past the limit, a call is turned away at once, without reaching Temporal (docs/adr/0036). */
export class CommandShed extends Error {
  constructor(
    readonly limit: number,
    readonly retryAfterSeconds: number,
  ) {
    super(`Temporal is answering slowly and this instance already has ${limit} calls in flight; try again shortly`);
    this.name = 'CommandShed';
  }
}

/**
 * How many calls to Temporal one API instance lets run at once, learnt from how Temporal answers
 * (additive increase, multiplicative decrease, as TCP does). When calls end at the bound, the
 * limit halves, and the calls past it are answered 503 at once: a client's retries then cost
 * Temporal nothing while it drains the work it holds, instead of piling Queries and Updates on
 * it that it answers after their callers gave up. Each call answered lets the limit grow again.
 */
export class CommandAdmission {
  private current: number;
  private inFlight = 0;
  private lastCutAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly limits: AdmissionLimits,
    private readonly now: () => number = Date.now,
  ) {
    if (limits.min < 1 || limits.max < limits.min)
      throw new Error(`admission limits must be 1 <= min <= max, got ${limits.min}..${limits.max}`);
    this.current = limits.max;
  }

  /** The calls in flight it allows now. */
  get limit(): number {
    return Math.floor(this.current);
  }

  /** Takes a place for one call, and returns how to give it back; undefined when the instance is full. */
  admit(): ((ending: CallEnding) => void) | undefined {
    if (this.inFlight >= this.limit) return undefined;
    this.inFlight += 1;
    let released = false;
    return (ending) => {
      if (released) return;
      released = true;
      this.inFlight -= 1;
      this.learn(ending);
    };
  }

  private learn(ending: CallEnding): void {
    const { min, max, cutEveryMs } = this.limits;
    if (ending === 'answered') this.current = Math.min(max, this.current + 1 / this.current);
    else if (ending === 'overloaded' && this.now() - this.lastCutAt >= cutEveryMs) {
      this.current = Math.max(min, this.current / 2);
      this.lastCutAt = this.now();
    }
  }
}
