import { parseArgs } from 'node:util';
import type { Benchmark } from './benchmark';

export interface SuiteOptions {
  readonly quick: boolean;
  readonly benchmarks: readonly Benchmark[];
  /** Size per benchmark id: its quick or full size unless `--size id=n` says otherwise. */
  readonly sizes: ReadonlyMap<string, number>;
  readonly keepEngines: boolean;
}

export const USAGE = `usage: npm run bench -- [--quick] [--only <id>[,<id>...]] [--size <id>=<n>]... [--keep-engines]
  --quick          the small sizes (about a minute each) instead of the full ones
  --only           run only these benchmarks
  --size           override one benchmark's size (e.g. --size open-cases=30000)
  --keep-engines   leave the bench engines running if this run started them`;

export function parseOptions(argv: readonly string[], suite: readonly Benchmark[]): SuiteOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      quick: { type: 'boolean', default: false },
      only: { type: 'string' },
      size: { type: 'string', multiple: true, default: [] },
      'keep-engines': { type: 'boolean', default: false },
    },
  });
  const benchmarks = chosen(suite, values.only);
  const overrides = new Map(values.size.map(parseSize));
  const unknown = [...overrides.keys()].find((id) => !suite.some((b) => b.id === id));
  if (unknown) throw new Error(`--size: no benchmark '${unknown}'`);
  const sizes = new Map(suite.map((b) => [b.id, overrides.get(b.id) ?? (values.quick ? b.sizes.quick : b.sizes.full)]));
  return { quick: values.quick, benchmarks, sizes, keepEngines: values['keep-engines'] };
}

function chosen(suite: readonly Benchmark[], only: string | undefined): readonly Benchmark[] {
  if (!only) return suite;
  const ids = only.split(',').map((id) => id.trim());
  const unknown = ids.find((id) => !suite.some((b) => b.id === id));
  if (unknown) throw new Error(`--only: no benchmark '${unknown}' (have: ${suite.map((b) => b.id).join(', ')})`);
  return suite.filter((b) => ids.includes(b.id));
}

function parseSize(text: string): [string, number] {
  const match = /^([\w-]+)=(\d+)$/.exec(text);
  if (!match) throw new Error(`--size expects <id>=<positive integer>, got '${text}'`);
  return [match[1]!, Number(match[2])];
}
