import { FAULT_KINDS } from './faults/fault';
import { parseSettings } from './options';

describe('the drill settings', () => {
  it('play every fault twice in 60 s phases by default, once in 40 s phases with --quick', () => {
    expect(parseSettings([])).toMatchObject({ faults: FAULT_KINDS, repeat: 2, phaseSeconds: 60, downSeconds: 15, keepEngines: false });
    expect(parseSettings(['--quick'])).toMatchObject({ repeat: 1, phaseSeconds: 40, downSeconds: 10 });
  });

  it('take the faults, repetitions and seed they are given', () => {
    expect(parseSettings(['--only', 'worker-killed, broker-frozen', '--repeat', '3', '--seed', '7'])).toMatchObject({
      faults: ['worker-killed', 'broker-frozen'],
      repeat: 3,
      seed: 7,
    });
  });

  it('name what they refuse', () => {
    expect(() => parseSettings(['--only', 'disk-full'])).toThrow("--only: no fault 'disk-full'");
    expect(() => parseSettings(['--repeat', '0'])).toThrow("--repeat expects a positive integer, got '0'");
    expect(() => parseSettings(['--seed', 'x'])).toThrow('--seed');
  });
});
