import { setTimeout as sleep } from 'node:timers/promises';

/**
 * An open loop: item i starts at i / perSecond seconds whether or not the earlier ones are done,
 * as requests arrive in an office; resolves when all are done. A steady load, unlike inLanes.
 */
export async function atSteadyRate(count: number, perSecond: number, start: (index: number) => Promise<void>): Promise<void> {
  const began = performance.now();
  const running: Promise<void>[] = [];
  for (let index = 0; index < count; index++) {
    const due = began + (index * 1000) / perSecond;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    running.push(start(index));
  }
  await Promise.all(running);
}
