import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
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
  readonly rows: readonly StoredRow[];
}

/** A line as stored: which benchmark made it, in which run, so that a partial run replaces only its own. */
export interface StoredRow extends ResultRow {
  readonly ratio: number | null;
  /** The id of the benchmark that measured it (`--only` takes it). */
  readonly from: string;
  /** When its run started, and at which sizes. */
  readonly measuredAt: string;
  readonly quick: boolean;
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

export function withRatios(rows: readonly ResultRow[]): (ResultRow & { readonly ratio: number | null })[] {
  return rows.map((row) => ({ ...row, ratio: ratioOf(row) }));
}

/**
 * The latest figures of every benchmark: this run's lines, and the previous latest lines of the
 * benchmarks this run left out (`--only`), each still dated by its own run; in the suite's order.
 */
export function mergedWithLatest(report: SuiteReport, suiteOrder: readonly string[], previous: SuiteReport | null): SuiteReport {
  const ran = new Set(report.rows.map((row) => row.from));
  const kept = (previous?.rows ?? []).filter((row) => !ran.has(row.from));
  const rank = (row: StoredRow) => suiteOrder.indexOf(row.from);
  return { ...report, rows: [...kept, ...report.rows].sort((a, b) => rank(a) - rank(b)) };
}

export function readLatest(): SuiteReport | null {
  const file = path.join(RESULTS_DIR, 'latest.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as SuiteReport) : null;
}

/**
 * Writes this run as <timestamp>.json/.svg and the merged latest figures as latest.json/.svg;
 * each through a .tmp file renamed, so a reader never sees half a file.
 */
export function writeResults(run: SuiteReport, latest: SuiteReport): string[] {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const stamp = run.startedAt.replace(/[:.]/g, '-');
  return [
    ...filesOf(run).map(([extension, content]) => writeAtomically(`${stamp}.${extension}`, content)),
    ...filesOf(latest).map(([extension, content]) => writeAtomically(`latest.${extension}`, content)),
  ];
}

function filesOf(report: SuiteReport): [string, string][] {
  const { machine } = report;
  const title = `Entente benchmarks, ${report.quick ? 'quick' : 'full'} sizes: ratio to the raw limit (log scale)`;
  const runs = [...new Set(report.rows.map((row) => row.measuredAt.slice(0, 10)))].join(', ');
  const subtitle = `runs of ${runs} · ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB · Node ${machine.node}`;
  return [
    ['json', `${JSON.stringify(report, null, 2)}\n`],
    ['svg', renderChart(report.rows, title, subtitle)],
  ];
}

function writeAtomically(name: string, content: string): string {
  const file = path.join(RESULTS_DIR, name);
  writeFileSync(`${file}.tmp`, content);
  renameSync(`${file}.tmp`, file);
  return file;
}
