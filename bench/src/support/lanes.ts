/**
 * Runs `work` on every item with `lanes` of them in flight at once (a closed loop: a lane takes
 * the next item when its current one is done), as the worker's activity slots or a pool of staff
 * would. Resolves when every item is done; the first failure rejects.
 */
export async function inLanes<T>(items: readonly T[], lanes: number, work: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const index = next++;
      await work(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(lanes, items.length) }, lane));
}

/** count consecutive indexes from `from`: the items of a run of cases. */
export function indexes(count: number, from = 0): number[] {
  return Array.from({ length: count }, (_, i) => from + i);
}
