import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import type { DeadlineTally } from '../tally/deadlines';
import type { DrillOutcome } from '../drill';
import type { TallyRow } from '../tally/tally';

const ROOT = resolve(__dirname, '../../..');
const README = resolve(ROOT, 'README.md');

/** Where a drill's results go: a directory of drill/results, and the README's block between two markers. */
export interface ResultsPlace {
  readonly directory: string;
  readonly marker: string;
}

/** `npm run drill`'s; the cluster profile's drill (`npm run test:cluster`) has its own. */
export const DRILL_RESULTS: ResultsPlace = { directory: 'drill/results', marker: 'drill-results' };
export const CLUSTER_DRILL_RESULTS: ResultsPlace = { directory: 'drill/results/cluster', marker: 'cluster-drill-results' };

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

function deadlineLine(deadlines: DeadlineTally | undefined): string {
  if (!deadlines) return '';
  const { lateCases, due, firedOnce, missing, firedTwice, warnings } = deadlines;
  return (
    ` Compressed deadlines: ${lateCases} cases answered after theirs, ${due} breaches and escalations due, ` +
    `${firedOnce} fired once, ${missing} missing, ${firedTwice} fired twice (any case); ${warnings} of their warnings sent.`
  );
}

/** The table as Markdown, with the run's verdicts under it. */
export function markdown(outcome: DrillOutcome, run: RunDescription, date: string): string {
  const header = `| ${COLUMNS.map(([name]) => name).join(' | ')} |`;
  const rule = `|${COLUMNS.map((_, index) => (index === 0 ? '---' : '---:')).join('|')}|`;
  const lines = outcome.rows.map((row) => `| ${COLUMNS.map(([, cell]) => String(cell(row))).join(' | ')} |`);
  const verdicts =
    `Stuck workflows: ${outcome.stuckWorkflows}. \`npm run audit -- verify\`: ${outcome.verdicts.verify}; ` +
    `\`rebuild-and-compare\`: ${outcome.verdicts.rebuild}` +
    (outcome.verdicts.report ? `; \`report\` (workflows replayed too): ${outcome.verdicts.report}.` : '.') +
    deadlineLine(outcome.deadlines);
  const how =
    `Run of ${date} (\`${run.command}\`, ${run.minutes} minutes, seed ${run.seed}), on ${cpus().length} cores: ` +
    `${run.casesPerSecond} new e-mail ${run.casesPerSecond === 1 ? 'case' : 'cases'} a second, each received, assigned and answered; one fault a ` +
    `${run.phaseSeconds} s phase, engines down ${run.downSeconds} s.`;
  return [how, '', header, rule, ...lines, '', verdicts].join('\n');
}

/** latest.json in the place's directory (the earlier one kept under its date) and the README's table. */
export function writeResults(outcome: DrillOutcome, run: RunDescription, place: ResultsPlace = DRILL_RESULTS): string {
  const date = new Date().toISOString();
  const results = resolve(ROOT, place.directory);
  mkdirSync(results, { recursive: true });
  const latest = resolve(results, 'latest.json');
  if (existsSync(latest)) {
    const earlier = (JSON.parse(readFileSync(latest, 'utf8')) as { date: string }).date.replace(/[:.]/g, '-');
    copyFileSync(latest, resolve(results, `${earlier}.json`));
  }
  writeFileSync(latest, `${JSON.stringify({ date, run, ...outcome }, null, 2)}\n`);
  const table = markdown(outcome, run, date.slice(0, 10));
  const [begin, end] = [`<!-- ${place.marker}:begin -->`, `<!-- ${place.marker}:end -->`];
  const readme = readFileSync(README, 'utf8');
  const [before, rest] = readme.split(begin);
  if (before !== undefined && rest !== undefined && rest.includes(end)) {
    writeFileSync(README, `${before}${begin}\n${table}\n${end}${rest.slice(rest.indexOf(end) + end.length)}`);
  }
  return table;
}
