import { randomUUID } from 'node:crypto';
import type { Logger } from '@entente/platform';
import { ratioOf, type Benchmark, type BenchContext, type ResultRow } from './benchmark';
import { BenchEngines, bringUpEngines, PROFILE, stopEnginesStartedHere } from './engines';
import { Fixtures } from './fixtures';
import { benchLogger } from './log';
import { parseOptions, SuiteOptions, USAGE } from './options';
import { mergedWithLatest, readLatest, StoredRow, SuiteReport, thisMachine, withRatios, writeResults } from './report/results-file';
import { updateReadme } from './report/readme-table';
import { renderTable } from './report/table';
import * as suite from './suite';

const SUITE: readonly Benchmark[] = Object.values(suite);
const log = benchLogger();

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv.includes('--help')) return void process.stdout.write(`${USAGE}\n`);
  const options = parseOptions(argv, SUITE);
  const startedAt = new Date().toISOString();
  log.info('suite', { quick: options.quick, sizes: Object.fromEntries(options.sizes) });
  const engines = await bringUpEngines(log);
  const measured = await runSuite(options, engines);
  const rows = measured.map(({ row }) => row);
  const report: SuiteReport = {
    startedAt,
    finishedAt: new Date().toISOString(),
    quick: options.quick,
    arguments: argv,
    machine: thisMachine(),
    engines: {
      profile: PROFILE,
      temporalSqlitePragmas: engines.temporalPragmas,
      kafkaBrokers: engines.kafkaBrokers,
      temporalAddress: engines.temporalAddress,
    },
    rows: measured.map(({ from, row }): StoredRow => ({ ...row, ratio: ratioOf(row), from, measuredAt: startedAt, quick: options.quick })),
  };
  process.stdout.write(`\n${renderTable(rows)}\n`);
  const latest = mergedWithLatest(
    report,
    SUITE.map((benchmark) => benchmark.id),
    readLatest(),
  );
  log.info('results written', { files: [...writeResults(report, latest), updateReadme(latest)] });
  if (rows.some((row) => row.measure === FAILED)) process.exitCode = 1;
}

const FAILED = 'failed';

async function runSuite(options: SuiteOptions, engines: BenchEngines): Promise<{ from: string; row: ResultRow }[]> {
  const fixtures = new Fixtures();
  // A short id in every name the run creates: runs never see each other's topics or schemas.
  const run = randomUUID().slice(0, 8);
  const stop = async () => {
    await fixtures.stopAll();
    if (!options.keepEngines) await stopEnginesStartedHere(engines, log);
  };
  const interrupted = () => void stop().finally(() => process.exit(130));
  process.once('SIGINT', interrupted).once('SIGTERM', interrupted);
  try {
    const rows: { from: string; row: ResultRow }[] = [];
    for (const benchmark of options.benchmarks) {
      const measured = await runOne(benchmark, { engines, run, fixtures, size: options.sizes.get(benchmark.id)! });
      rows.push(...measured.map((row) => ({ from: benchmark.id, row })));
    }
    return rows;
  } finally {
    process.off('SIGINT', interrupted).off('SIGTERM', interrupted);
    await stop();
  }
}

type Given = Pick<BenchContext, 'engines' | 'run' | 'fixtures' | 'size'>;

/** A failing benchmark becomes a line of the table saying why, and the suite goes on. */
async function runOne(benchmark: Benchmark, given: Given): Promise<ResultRow[]> {
  const undo: (() => Promise<unknown>)[] = [];
  const benchLog: Logger = benchLogger(`bench:${benchmark.id}`);
  const started = performance.now();
  benchLog.info('started', { size: given.size });
  try {
    const rows = await benchmark.run({ ...given, log: benchLog, onEnd: (step) => undo.push(step) });
    benchLog.info('result', {
      rows: withRatios(rows).map(({ measure, figure, limit, ratio, unit }) => ({ measure, figure, limit, ratio, unit })),
    });
    return rows;
  } catch (error) {
    benchLog.error('failed', { error: error instanceof Error ? error.stack : String(error) });
    return [failedRow(benchmark, given.size, error)];
  } finally {
    for (const step of undo.reverse())
      await step().catch((error: unknown) => benchLog.warn('clean-up step failed', { error: String(error) }));
    benchLog.info('finished', { seconds: Math.round((performance.now() - started) / 1000) });
  }
}

function failedRow(benchmark: Benchmark, size: number, error: unknown): ResultRow {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    benchmark: benchmark.id,
    measure: FAILED,
    size: String(size),
    figure: null,
    limit: null,
    limitName: '—',
    unit: '—',
    note: reason,
  };
}

main().catch((error: unknown) => {
  log.error('bench failed', { error: error instanceof Error ? error.stack : String(error) });
  process.exit(1);
});
