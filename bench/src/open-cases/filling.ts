import { setTimeout as sleep } from 'node:timers/promises';
import type { BenchContext } from '../benchmark';
import type { ChildApp } from '../support/child-process';
import { indexes, inLanes } from '../support/lanes';
import type { CacheReading, MemoryReading } from '../support/worker-probes';
import { perSecond, timed } from '../stats';

/** Workflows opened at once while the worker fills up. */
const LANES = 32;
export const WARM_UP = 20;

/** The worker's memory once `open` workflows are open, after full collections. */
export interface Checkpoint {
  readonly open: number;
  readonly reading: MemoryReading;
}

export interface Filling {
  /** After the warm-up, before the first workflow counted. */
  readonly baseline: MemoryReading;
  readonly checkpoints: readonly Checkpoint[];
  /** The workflows opened, oldest first (the warm-up's left out). */
  readonly workflowIds: readonly string[];
  readonly openedPerSecond: number;
}

/**
 * Where memory is read: when the cache is first full, at each power of ten from a thousand, and
 * at the end; so that a reader sees whether the worker's memory grows with the open workflows.
 */
export function checkpointsFor(size: number, cacheBound: number): number[] {
  const marks = new Set([cacheBound, 1_000, 10_000, 100_000, size]);
  return [...marks].filter((open) => open > 0 && open <= size).sort((a, b) => a - b);
}

/** Opens workflows (after a warm-up) up to each checkpoint in turn, and reads the worker's memory at each. */
export async function fillTo(
  context: BenchContext,
  worker: ChildApp,
  marks: readonly number[],
  cacheBound: number,
  open: (index: number) => Promise<string>,
): Promise<Filling> {
  await inLanes(indexes(WARM_UP), LANES, async (index) => void (await open(index)));
  const baseline = await worker.ask<MemoryReading>({ type: 'memory' });
  const workflowIds: string[] = [];
  const checkpoints: Checkpoint[] = [];
  const of = marks[marks.length - 1]!;
  const tenth = Math.max(1, Math.floor(of / 10));
  const opening = await timed(async () => {
    for (const mark of marks) {
      await inLanes(indexes(mark - workflowIds.length, WARM_UP + workflowIds.length), LANES, async (index) => {
        workflowIds[index - WARM_UP] = await open(index);
        if ((index - WARM_UP + 1) % tenth === 0) context.log.info('opening', { worker: worker.name, opened: index - WARM_UP + 1, of });
      });
      await cachedAtLeast(worker, Math.min(cacheBound, baseline.cached + mark));
      const reading = await worker.ask<MemoryReading>({ type: 'memory' });
      context.log.info('memory', { worker: worker.name, open: mark, of, reading });
      checkpoints.push({ open: mark, reading });
    }
  });
  return { baseline, checkpoints, workflowIds, openedPerSecond: perSecond(workflowIds.length, opening.elapsedMs) };
}

/**
 * A started workflow is cached once the worker has run its first task, which may be after the
 * start returned (a bare start does not wait for the worker); gives up when the count stops rising.
 */
async function cachedAtLeast(worker: ChildApp, count: number): Promise<void> {
  let last = -1;
  for (let still = 0; still < 10;) {
    const { cached } = await worker.ask<CacheReading>({ type: 'cached' });
    if (cached >= count) return;
    still = cached === last ? still + 1 : 0;
    last = cached;
    await sleep(500);
  }
}
