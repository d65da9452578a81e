import { parseArgs } from 'node:util';
import { FAULT_KINDS, type FaultKind } from './faults/fault';

export interface DrillSettings {
  readonly faults: readonly FaultKind[];
  /** How many times each fault is played, each at its own random moment. */
  readonly repeat: number;
  readonly phaseSeconds: number;
  readonly downSeconds: number;
  readonly casesPerSecond: number;
  readonly seed: number;
  readonly keepEngines: boolean;
}

export const USAGE = `usage: npm run drill -- [--quick] [--only <fault>[,<fault>...]] [--repeat <n>] [--seed <n>] [--keep-engines]
  --quick          each fault once, in 40 s phases (about 8 minutes) instead of twice in 60 s phases (about 20)
  --only           these faults only: ${FAULT_KINDS.join(', ')}
  --repeat         how many times each fault is played (default 2, or 1 with --quick)
  --seed           the random moments of an earlier run (its results name its seed)
  --keep-engines   leave the drill profile's engines and apps running afterwards`;

function positive(name: string, text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} expects a positive integer, got '${text}'`);
  return value;
}

function faultsOf(only: string | undefined): readonly FaultKind[] {
  if (!only) return FAULT_KINDS;
  const named = only.split(',').map((kind) => kind.trim());
  const unknown = named.find((kind) => !(FAULT_KINDS as readonly string[]).includes(kind));
  if (unknown) throw new Error(`--only: no fault '${unknown}' (have: ${FAULT_KINDS.join(', ')})`);
  return named as FaultKind[];
}

export function parseSettings(argv: readonly string[]): DrillSettings {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      quick: { type: 'boolean', default: false },
      only: { type: 'string' },
      repeat: { type: 'string' },
      seed: { type: 'string' },
      'keep-engines': { type: 'boolean', default: false },
    },
  });
  return {
    faults: faultsOf(values.only),
    repeat: values.repeat ? positive('repeat', values.repeat) : values.quick ? 1 : 2,
    phaseSeconds: values.quick ? 40 : 60,
    downSeconds: values.quick ? 10 : 15,
    casesPerSecond: 3,
    seed: values.seed ? positive('seed', values.seed) : Math.floor(Math.random() * 2 ** 31) + 1,
    keepEngines: values['keep-engines'],
  };
}
