// The raw limits of Temporal itself: workflows that do nothing but what the case workflows cannot
// avoid (start, receive a message, sleep until an instant). Bundled on their own by bare-worker.ts,
// never with the project's workflows.
import { condition, defineSignal, setHandler, sleep } from '@temporalio/workflow';

export const commandSignal = defineSignal('command');

/** A case that decides nothing: its start is the first command, each signal the next; it ends with the last. */
export async function bareCase(commands: number): Promise<void> {
  let received = 1;
  setHandler(commandSignal, () => void received++);
  await condition(() => received >= commands);
}

/** Timers alone: sleeps until each instant in turn, and returns how late it woke each time, in workflow time (ms). */
export async function bareTimers(instants: readonly string[]): Promise<number[]> {
  const lateness: number[] = [];
  for (const at of instants) {
    await sleep(Math.max(Date.parse(at) - Date.now(), 1));
    lateness.push(Date.now() - Date.parse(at));
  }
  return lateness;
}
