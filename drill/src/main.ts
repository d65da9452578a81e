import { jsonLogger } from '@entente/platform';
import { runDrill } from './drill';
import { seeded } from './faults/schedule';
import { parseSettings, USAGE } from './options';
import { writeResults } from './report/results';
import { DrillProfile } from './stage/drill-profile';

/**
 * `npm run drill`: the fault drill on the `drill` profile, as an operator would run it against
 * `npm start`'s stack. The table goes to stdout, progress (JSON lines) to stderr, the results to
 * drill/results/latest.json and the README.
 */
async function main(argv: readonly string[]): Promise<number> {
  const log = jsonLogger('drill', (line) => process.stderr.write(line));
  let settings;
  try {
    settings = parseSettings(argv);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const began = Date.now();
  const profile = await DrillProfile.start(log);
  const stage = await profile.stage();
  try {
    const all = await profile.faults(stage, settings.downSeconds * 1000);
    const random = seeded(settings.seed);
    // Each fault `repeat` times, in a shuffled order: no fault always follows the same one.
    const plays = settings.faults.flatMap((kind) => Array.from({ length: settings.repeat }, () => all[kind]));
    const order = plays.map((fault) => ({ fault, rank: random() })).sort((a, b) => a.rank - b.rank);
    const phaseMs = settings.phaseSeconds * 1000;
    const outcome = await runDrill(
      stage,
      order.map(({ fault }) => fault),
      {
        casesPerSecond: settings.casesPerSecond,
        schedule: { phaseMs, strikeBetweenMs: [phaseMs / 6, phaseMs / 3], random },
        retry: { attemptTimeoutMs: 20_000, pauseMs: 1_000, giveUpMs: 300_000 },
      },
      log,
    );
    const table = writeResults(outcome, {
      command: ['npm run drill', ...(argv.length ? ['--', ...argv] : [])].join(' '),
      seed: settings.seed,
      casesPerSecond: settings.casesPerSecond,
      phaseSeconds: settings.phaseSeconds,
      downSeconds: settings.downSeconds,
      minutes: Math.round((Date.now() - began) / 60_000),
    });
    process.stdout.write(`${table}\n`);
    for (const failure of outcome.failures) log.error('audit verdict failed', { output: failure });
    const whole = outcome.rows.at(-1)!;
    const held =
      whole.lost === 0 &&
      whole.duplicatedInReadModel === 0 &&
      whole.forkedInKafka === 0 &&
      outcome.stuckWorkflows === 0 &&
      outcome.incompleteCases === 0;
    return held && outcome.failures.length === 0 ? 0 : 1;
  } finally {
    await profile.stop(stage, settings.keepEngines);
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`drill failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
