// The raw limits of Temporal itself: workflows that do nothing but what the case workflows cannot
// avoid (start, receive a message, sleep until an instant). Bundled on their own by bare-worker.ts,
// never with the project's workflows.
import { allHandlersFinished, condition, defineSignal, defineUpdate, setHandler, sleep } from '@temporalio/workflow';

export const commandSignal = defineSignal('command');

/** A case that decides nothing: its start is the first command, each signal the next; it ends with the last. */
export async function bareCase(commands: number): Promise<void> {
  let received = 1;
  setHandler(commandSignal, () => void received++);
  await condition(() => received >= commands);
}

export const commandUpdate = defineUpdate<number>('command');

/** The same through Updates, as the API sends commands: each answered with its count; ends after the last is answered. */
export async function bareUpdatedCase(commands: number): Promise<void> {
  let received = 0;
  setHandler(commandUpdate, () => ++received);
  await condition(() => received >= commands && allHandlersFinished());
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
