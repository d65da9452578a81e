import type { Logger } from '@entente/platform';
import type { BenchEngines } from './engines';
import type { Fixtures } from './fixtures';

/**
 * One line of the results: our figure against the raw limit measured in the same run, because
 * the machines are shared and an absolute time moves from run to run; only the ratio is compared.
 */
export interface ResultRow {
  readonly benchmark: string;
  /** What this line measures, in the domain's words. */
  readonly measure: string;
  readonly size: string;
  /** null when it could not be measured (a client that did not build); `note` says why. */
  readonly figure: number | null;
  readonly limit: number | null;
  /** What the raw limit is, so that a reader knows what the ratio compares. */
  readonly limitName: string;
  readonly unit: string;
  readonly note?: string;
}

/** What a benchmark is given: the engines, names unique to the run, its size, a log. */
export interface BenchContext {
  readonly engines: BenchEngines;
  /** Short id in every name the run creates (schemas, topics, task queues, groups). */
  readonly run: string;
  readonly size: number;
  readonly log: Logger;
  /** Processes and resources several benchmarks share (the case stack), stopped at the end of the suite. */
  readonly fixtures: Fixtures;
  /** Registers an undo step (drop a schema, delete a topic), run when the benchmark ends, even on failure. */
  readonly onEnd: (step: () => Promise<unknown>) => void;
}

/** What a stack of processes needs of a benchmark's context to start. */
export type StackContext = Pick<BenchContext, 'run' | 'engines' | 'log'>;

export interface Benchmark {
  /** Used by `--only` and `--size <id>=<n>`. */
  readonly id: string;
  readonly title: string;
  readonly sizes: { readonly quick: number; readonly full: number };
  run(context: BenchContext): Promise<ResultRow[]>;
}

export function ratioOf(row: Pick<ResultRow, 'figure' | 'limit'>): number | null {
  return row.figure === null || row.limit === null || row.limit === 0 ? null : row.figure / row.limit;
}

/** Rates (a unit "per second") are better higher; times and sizes better lower. */
export function higherIsBetter(row: Pick<ResultRow, 'unit'>): boolean {
  return row.unit.endsWith('/s');
}
