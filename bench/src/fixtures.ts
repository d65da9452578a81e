/** Something a benchmark starts and the suite stops: a stack of processes, a connection. */
export interface Stoppable {
  stop(): Promise<void>;
}

/**
 * Resources started on first use and shared by the benchmarks that follow (the case throughput
 * and latency benchmarks run on one API, worker and projector: each start bundles the workflows
 * again and costs seconds). Stopped in reverse order at the end of the suite.
 */
export class Fixtures {
  private readonly started = new Map<string, Promise<Stoppable>>();

  get<T extends Stoppable>(name: string, start: () => Promise<T>): Promise<T> {
    if (!this.started.has(name)) this.started.set(name, start());
    return this.started.get(name) as Promise<T>;
  }

  async stopAll(): Promise<void> {
    for (const fixture of [...this.started.values()].reverse()) {
      await (await fixture.catch(() => null))?.stop();
    }
    this.started.clear();
  }
}
