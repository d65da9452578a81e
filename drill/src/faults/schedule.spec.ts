import { jsonLogger } from '@entente/platform';
import type { Fault, FaultKind } from './fault';
import { playFaults, seeded } from './schedule';

const quiet = jsonLogger('test', () => undefined);

function recordingFault(kind: FaultKind, calls: string[]): Fault {
  return {
    kind,
    downMs: 5,
    inject: () => Promise.resolve(void calls.push(`${kind} injected`)),
    recover: () => Promise.resolve(void calls.push(`${kind} recovered`)),
  };
}

describe('the fault schedule', () => {
  it('draws the same moments from the same seed, and others from another', () => {
    const draw = (seed: number) => Array.from({ length: 5 }, seeded(seed));
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
    expect(draw(42).every((value) => value >= 0 && value < 1)).toBe(true);
  });

  it('plays each fault in its own phase: injected, then recovered, one window each', async () => {
    const calls: string[] = [];
    const faults = [recordingFault('worker-killed', calls), recordingFault('broker-frozen', calls)];
    const began = Date.now();
    const windows = await playFaults(faults, { phaseMs: 40, strikeBetweenMs: [5, 10], random: seeded(1) }, quiet);
    expect(calls).toEqual(['worker-killed injected', 'worker-killed recovered', 'broker-frozen injected', 'broker-frozen recovered']);
    expect(windows.map((window) => window.kind)).toEqual(['worker-killed', 'broker-frozen']);
    expect(windows[0]!.injectedAt).toBeGreaterThanOrEqual(began + 5);
    expect(windows[1]!.injectedAt).toBeGreaterThanOrEqual(windows[0]!.recoveredAt);
    expect(windows.every((window) => window.recoveredAt - window.injectedAt >= 5)).toBe(true);
  });
});
