import { CommandAdmission } from './command-admission';

describe('admission of calls to Temporal', () => {
  let clock = 0;
  const admission = () => new CommandAdmission({ max: 8, min: 2, cutEveryMs: 5000 }, () => clock);
  const fill = (gate: CommandAdmission, count: number) => Array.from({ length: count }, () => gate.admit()!);

  beforeEach(() => {
    clock = 0;
  });

  it('admits up to its limit, and the next call once one ends', () => {
    const gate = admission();
    const admitted = fill(gate, 8);
    expect(admitted.every((release) => typeof release === 'function')).toBe(true);
    expect(gate.admit()).toBeUndefined();
    admitted[0]!('answered');
    expect(gate.admit()).toBeDefined();
  });

  it('halves the limit when calls end at the bound, once per bound, never below its floor', () => {
    const gate = admission();
    const admitted = fill(gate, 8);
    admitted.slice(0, 4).forEach((release) => release('overloaded'));
    expect(gate.limit).toBe(4);
    clock += 5000;
    admitted[4]!('overloaded');
    expect(gate.limit).toBe(2);
    clock += 5000;
    admitted[5]!('overloaded');
    expect(gate.limit).toBe(2);
    expect(gate.admit()).toBeUndefined();
    admitted.slice(6).forEach((release) => release('other'));
    expect(fill(gate, 2).every(Boolean)).toBe(true);
    expect(gate.admit()).toBeUndefined();
  });

  it('grows back by about one call per round of answered calls, up to its ceiling', () => {
    const gate = admission();
    fill(gate, 8).forEach((release) => release('overloaded'));
    expect(gate.limit).toBe(4);
    const limits: number[] = [];
    for (let round = 0; round < 5; round += 1) {
      fill(gate, gate.limit).forEach((release) => release('answered'));
      limits.push(gate.limit);
    }
    expect(limits).toEqual([4, 5, 6, 7, 8]);
    fill(gate, 8).forEach((release) => release('answered'));
    expect(gate.limit).toBe(8);
  });

  it('learns nothing from a refusal or a failure, and a place given back twice counts once', () => {
    const gate = admission();
    const [first, ...others] = fill(gate, 8);
    first!('other');
    first!('other');
    expect(gate.limit).toBe(8);
    expect(fill(gate, 1)).toHaveLength(1);
    expect(gate.admit()).toBeUndefined();
    others.forEach((release) => release('other'));
  });

  it('refuses limits that admit nothing', () => {
    expect(() => new CommandAdmission({ max: 4, min: 0, cutEveryMs: 1 })).toThrow(/1 <= min <= max/);
    expect(() => new CommandAdmission({ max: 1, min: 2, cutEveryMs: 1 })).toThrow(/1 <= min <= max/);
  });
});
