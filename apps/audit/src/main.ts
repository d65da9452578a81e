import { NotFoundException } from '@nestjs/common';
import { createDataSource } from '@entente/persistence';
import { Env, jsonLogger, temporalClient } from '@entente/platform';
import { installTemporalLogging } from '@entente/worker';
import { ACCESS_JOURNAL_USAGE, readAccessJournal } from './access-journal/access-journal-command';
import { AuditConfig } from './config/audit.config';
import { caseHistory, UsageError } from './history/case-history';
import { rebuildAndCompare } from './rebuild/rebuild-and-compare';
import { bundleWorkflows, replayWorkflows } from './replay/replay-workflows';
import { writeReport } from './report/report-files';
import { verificationReport } from './report/verification-report';

/*
 * The auditors' command line, over the same use cases and projector code as the apps; it reads,
 * and changes nothing but a rebuild's own schema (and, with --swap, which tables are live):
 *   npm run audit -- verify [<caseId>]               the whole log, or one case
 *   npm run audit -- timeline <caseId>               every event with actor, role, time and payload
 *   npm run audit -- as-of <caseId> <instant>        the case as it stood then
 *   npm run audit -- export <caseId> [json|csv]      the history with its chain proof, to stdout
 *   npm run audit -- rebuild-and-compare [--swap] [--keep]
 *   npm run audit -- report [<directory>]            verify + rebuild-and-compare + workflow replay, filed
 *   npm run audit -- access-journal [--case <id>] [--subject <person>] [--from <instant>] [--to <instant>]
 *                                                    who read which personal information, through the API as you
 * Exit 0 when everything checked holds, 1 when a check fails, 2 for bad usage or an unknown case.
 */

const log = jsonLogger('audit', (line) => process.stderr.write(line));
const USAGE =
  'usage: npm run audit -- verify [<caseId>] | timeline <caseId> | as-of <caseId> <instant> | export <caseId> [json|csv] | rebuild-and-compare [--swap] [--keep] | report [<directory>] | ' +
  ACCESS_JOURNAL_USAGE;

/** What a command prints, and whether what it checked holds. */
interface Outcome {
  readonly output: unknown;
  readonly holds: boolean;
}

async function run(env: Env, [command, ...args]: readonly string[]): Promise<Outcome> {
  const config = new AuditConfig(env);
  if (command === 'access-journal') return { output: await readAccessJournal(config, args), holds: true };
  const flags = new Set(args.filter((arg) => arg.startsWith('--')));
  const [first, second] = args.filter((arg) => !arg.startsWith('--'));
  if (command === 'rebuild-and-compare') {
    const outcome = await rebuildAndCompare(env, log, { swap: flags.has('--swap'), keep: flags.has('--keep') });
    return { output: outcome, holds: outcome.comparison.identical };
  }
  const database = await createDataSource({ databaseUrl: config.databaseUrl, schema: config.databaseSchema }).initialize();
  try {
    const history = caseHistory(database, log);
    if (command === 'verify') {
      const verification = first ? await history.verifyCase(first) : await history.verifyLog();
      return { output: verification, holds: verification.verified };
    }
    if (command === 'timeline' && first) return { output: await history.timeline(first), holds: true };
    if (command === 'as-of' && first && second) return { output: await history.asOf(first, second), holds: true };
    if (command === 'export' && first) return { output: await history.export(first, second ?? 'json'), holds: true };
    if (command === 'report') return await report(env, config, history, first);
    throw new UsageError(USAGE);
  } finally {
    await database.destroy();
  }
}

async function report(
  env: Env,
  config: AuditConfig,
  history: ReturnType<typeof caseHistory>,
  directory = config.reportDirectory,
): Promise<Outcome> {
  // Only the report replays workflows. The SDK runtime forwarding the core's logs keeps the
  // process alive until it shuts down: a replay worker's end does it, `finally` if none ran.
  const runtime = installTemporalLogging(log);
  const client = await temporalClient(config);
  try {
    const filed = await verificationReport(config.subject, {
      verifyLog: history.verifyLog,
      rebuildAndCompare: () => rebuildAndCompare(env, log),
      replayWorkflows: async () =>
        replayWorkflows(await bundleWorkflows(), { client, query: config.replayQuery, recordedDir: config.recordedHistories }, log),
    });
    const files = await writeReport(filed, directory);
    return { output: { passed: filed.passed, files }, holds: filed.passed };
  } finally {
    await client.connection.close();
    await runtime.shutdown();
  }
}

run(process.env, process.argv.slice(2))
  .then(({ output, holds }) => {
    process.stdout.write(typeof output === 'string' ? output : `${JSON.stringify(output, null, 2)}\n`);
    process.exitCode = holds ? 0 : 1;
  })
  .catch((error: unknown) => {
    const expected = error instanceof UsageError || error instanceof NotFoundException;
    log.error(expected ? error.message : 'audit failed', expected ? {} : { error: error instanceof Error ? error.stack : String(error) });
    process.exitCode = 2;
  });
