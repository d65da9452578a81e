import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ratioOf, ResultRow } from '../benchmark';
import { RESULTS_DIR } from '../paths';
import { renderChart } from './svg-chart';

export interface Machine {
  readonly cpus: number;
  readonly cpuModel: string;
  readonly memoryGiB: number;
  readonly os: string;
  readonly node: string;
}

/** Everything a later reader needs to trust or redo a run: when, where, how big, on what settings. */
export interface SuiteReport {
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly quick: boolean;
  readonly arguments: readonly string[];
  readonly machine: Machine;
  readonly engines: Readonly<Record<string, unknown>>;
  readonly rows: readonly (ResultRow & { readonly ratio: number | null })[];
}

export function thisMachine(): Machine {
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
  };
}

export function withRatios(rows: readonly ResultRow[]): SuiteReport['rows'] {
  return rows.map((row) => ({ ...row, ratio: ratioOf(row) }));
}

/** Writes <timestamp>.json/.svg and latest.json/.svg; each through a .tmp file renamed, so a reader never sees half a file. */
export function writeResults(report: SuiteReport): string[] {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const stamp = report.startedAt.replace(/[:.]/g, '-');
  const { machine } = report;
  const title = `Entente benchmarks, ${report.quick ? 'quick' : 'full'} sizes: ratio to the raw limit (log scale)`;
  const subtitle = `${report.startedAt} · ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB · Node ${machine.node}`;
  const files: [string, string][] = [
    ['json', `${JSON.stringify(report, null, 2)}\n`],
    ['svg', renderChart(report.rows, title, subtitle)],
  ];
  return files.flatMap(([extension, content]) =>
    [`${stamp}.${extension}`, `latest.${extension}`].map((name) => writeAtomically(name, content)),
  );
}

function writeAtomically(name: string, content: string): string {
  const file = path.join(RESULTS_DIR, name);
  writeFileSync(`${file}.tmp`, content);
  renameSync(`${file}.tmp`, file);
  return file;
}
