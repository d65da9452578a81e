import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from '@entente/platform';
import type { Fault, FaultWindow } from './fault';

export interface Schedule {
  /** Each fault's phase: the fault strikes at a random moment in it, and recovery ends in it. */
  readonly phaseMs: number;
  /** The earliest and latest moment of a phase at which its fault strikes. */
  readonly strikeBetweenMs: readonly [number, number];
  /** A seeded generator: a run's moments can be played again with its seed. */
  readonly random: () => number;
}

/** mulberry32: small, seedable, and good enough to pick moments. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Plays the faults one phase each, in order, while the load runs: a fault strikes at a random
 * moment, stays for its time, is recovered, and the rest of the phase lets the system settle.
 */
export async function playFaults(faults: readonly Fault[], schedule: Schedule, log: Logger): Promise<FaultWindow[]> {
  const windows: FaultWindow[] = [];
  for (const [index, fault] of faults.entries()) {
    const phaseEnd = Date.now() + schedule.phaseMs;
    const [earliest, latest] = schedule.strikeBetweenMs;
    await sleep(earliest + Math.round(schedule.random() * (latest - earliest)));
    const injectedAt = Date.now();
    log.info('fault', { fault: fault.kind, of: `${index + 1}/${faults.length}`, downSeconds: fault.downMs / 1000 });
    await fault.inject();
    await sleep(fault.downMs);
    await fault.recover();
    const recoveredAt = Date.now();
    log.info('recovered', { fault: fault.kind, seconds: (recoveredAt - injectedAt) / 1000 });
    windows.push({ kind: fault.kind, injectedAt, recoveredAt });
    await sleep(Math.max(0, phaseEnd - Date.now()));
  }
  return windows;
}
