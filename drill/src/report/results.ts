import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import type { DrillOutcome } from '../drill';
import type { TallyRow } from '../tally/tally';

const ROOT = resolve(__dirname, '../../..');
const RESULTS = resolve(ROOT, 'drill/results');
const README = resolve(ROOT, 'README.md');
const BEGIN = '<!-- drill-results:begin -->';
const END = '<!-- drill-results:end -->';

/** How a run was made, so that its figures can be read and played again. */
export interface RunDescription {
  readonly command: string;
  readonly seed: number;
  readonly casesPerSecond: number;
  readonly phaseSeconds: number;
  readonly downSeconds: number;
  readonly minutes: number;
}

const COLUMNS: ReadonlyArray<[string, (row: TallyRow) => string | number]> = [
  ['fault', (row) => row.fault],
  ['at s', (row) => row.atSecond],
  ['outage s', (row) => row.outageSeconds],
  ['sent', (row) => row.sent],
  ['answered', (row) => row.answered],
  ['retried', (row) => row.retried],
  ['unanswered', (row) => row.unanswered],
  ['refused', (row) => row.refused],
  ['500s', (row) => row.answered500],
  ['lost', (row) => row.lost],
  ['dup. Kafka', (row) => row.duplicatedInKafka],
  ['forks', (row) => row.forkedInKafka],
  ['dup. read model', (row) => row.duplicatedInReadModel],
  ['s without success', (row) => row.secondsWithoutSuccess],
  ['p99 attempt ms', (row) => row.p99AttemptMs],
  ['p99 command ms', (row) => row.p99CommandMs],
];

/** The table as Markdown, with the run's verdicts under it. */
export function markdown(outcome: DrillOutcome, run: RunDescription, date: string): string {
  const header = `| ${COLUMNS.map(([name]) => name).join(' | ')} |`;
  const rule = `|${COLUMNS.map((_, index) => (index === 0 ? '---' : '---:')).join('|')}|`;
  const lines = outcome.rows.map((row) => `| ${COLUMNS.map(([, cell]) => String(cell(row))).join(' | ')} |`);
  const verdicts =
    `Stuck workflows: ${outcome.stuckWorkflows}. \`npm run audit -- verify\`: ${outcome.verdicts.verify}; ` +
    `\`rebuild-and-compare\`: ${outcome.verdicts.rebuild}.`;
  const how =
    `Run of ${date} (\`${run.command}\`, ${run.minutes} minutes, seed ${run.seed}), on ${cpus().length} cores: ` +
    `${run.casesPerSecond} new e-mail cases a second, each received, assigned and answered; one fault a ` +
    `${run.phaseSeconds} s phase, engines down ${run.downSeconds} s.`;
  return [how, '', header, rule, ...lines, '', verdicts].join('\n');
}

/** drill/results/latest.json (the earlier one kept under its date) and the README's table. */
export function writeResults(outcome: DrillOutcome, run: RunDescription): string {
  const date = new Date().toISOString();
  mkdirSync(RESULTS, { recursive: true });
  const latest = resolve(RESULTS, 'latest.json');
  if (existsSync(latest)) {
    const earlier = (JSON.parse(readFileSync(latest, 'utf8')) as { date: string }).date.replace(/[:.]/g, '-');
    copyFileSync(latest, resolve(RESULTS, `${earlier}.json`));
  }
  writeFileSync(latest, `${JSON.stringify({ date, run, ...outcome }, null, 2)}\n`);
  const table = markdown(outcome, run, date.slice(0, 10));
  const readme = readFileSync(README, 'utf8');
  const [before, rest] = readme.split(BEGIN);
  if (before !== undefined && rest !== undefined && rest.includes(END)) {
    writeFileSync(README, `${before}${BEGIN}\n${table}\n${END}${rest.slice(rest.indexOf(END) + END.length)}`);
  }
  return table;
}
