import { readFileSync, writeFileSync } from 'node:fs';
import { fromRoot } from '../paths';
import { formatFigure, formatRatio } from './format';
import type { StoredRow, SuiteReport } from './results-file';

export const README_START = '<!-- bench:latest:start (generated from bench/results/latest.json by npm run bench; do not edit) -->';
export const README_END = '<!-- bench:latest:end -->';

/** The latest figures as the README shows them: a table of every line, then the machine and the runs. */
export function readmeTable(latest: SuiteReport): string {
  const { machine } = latest;
  const runs = [...new Set(latest.rows.map(runOf))];
  return [
    '| benchmark | measure | size | ours | raw limit | ratio | unit | run |',
    '|---|---|---|---|---|---|---|---|',
    ...latest.rows.map((row) =>
      cells([
        row.benchmark,
        row.measure,
        row.size,
        formatFigure(row.figure),
        formatFigure(row.limit),
        formatRatio(row.ratio),
        row.unit,
        runOf(row),
      ]),
    ),
    '',
    `On ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, ${machine.os}, Node ${machine.node}; runs: ${runs.join(', ')}.`,
  ].join('\n');
}

/** Rewrites the README's generated block from `latest`; returns the file written. */
export function updateReadme(latest: SuiteReport, file = fromRoot('README.md')): string {
  writeFileSync(file, withTable(readFileSync(file, 'utf8'), latest));
  return file;
}

export function withTable(readme: string, latest: SuiteReport): string {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start < 0 || end < start) throw new Error(`README.md has no block between ${README_START} and ${README_END}`);
  return `${readme.slice(0, start + README_START.length)}\n${readmeTable(latest)}\n${readme.slice(end)}`;
}

function runOf(row: StoredRow): string {
  return `${row.measuredAt.slice(0, 10)} ${row.quick ? 'quick' : 'full'}`;
}

function cells(values: readonly string[]): string {
  return `| ${values.map((value) => value.replace(/\|/g, '\\|')).join(' | ')} |`;
}
