import { caseKeyStore, createDataSource } from '@entente/persistence';
import { caseDataConverter, Env, jsonLogger, keyEncryptionKey, temporalClient } from '@entente/platform';
import { installTemporalLogging } from '@entente/worker';
import { ACCESS_JOURNAL_USAGE, readAccessJournal } from './access-journal/access-journal-command';
import { AuditApi } from './api/audit-api';
import { CASE_READ_USAGE, caseRead, type Outcome } from './case-reads/case-read-commands';
import { AuditConfig } from './config/audit.config';
import { PRIVACY_USAGE, privacyCommand } from './privacy/privacy-commands';
import { rebuildAndCompare } from './rebuild/rebuild-and-compare';
import { verifyStoredLog } from './report/log-verification';
import { bundleWorkflows, replayWorkflows } from './replay/replay-workflows';
import { writeReport } from './report/report-files';
import { verificationReport } from './report/verification-report';
import { UsageError } from './usage-error';

/*
 * The auditors' command line. Reads of cases and of the journal go through the API as the auditor
 * whose token is in AUDIT_API_TOKEN, under the same read policy and access journal as anyone:
 *   npm run audit -- verify [<caseId>]               the whole log, or one case
 *   npm run audit -- timeline <caseId>               every event with actor, role, time and payload
 *   npm run audit -- as-of <caseId> <instant>        the case as it stood then
 *   npm run audit -- export <caseId> [json|csv]      the history with its chain proof, to stdout
 *   npm run audit -- disclose <caseId> --reason <why> the case with its personal fields, journaled
 *   npm run audit -- access-journal [--case <id>] [--subject <person>] [--from <instant>] [--to <instant>]
 * A privacy officer's token (docs/adr/0017) erases a closed case and places or lifts legal holds:
 *   npm run audit -- erase <caseId> --reason <why>
 *   npm run audit -- holds <caseId> | hold <caseId> <kind> --reason <why> | lift-hold <caseId> <holdId> --reason <why>
 * The integrity checks run on the engines themselves and print no event's content; they change
 * nothing but a rebuild's own schema (and, with --swap, which tables are live):
 *   npm run audit -- rebuild-and-compare [--swap] [--keep]
 *   npm run audit -- report [<directory>]            verify + rebuild-and-compare + workflow replay, filed
 * Exit 0 when everything checked holds, 1 when a check fails, 2 for bad usage or a refusal.
 */

const log = jsonLogger('audit', (line) => process.stderr.write(line));
const USAGE = `usage: npm run audit -- ${CASE_READ_USAGE} | ${ACCESS_JOURNAL_USAGE} | ${PRIVACY_USAGE} | rebuild-and-compare [--swap] [--keep] | report [<directory>]`;

async function run(env: Env, [command, ...args]: readonly string[]): Promise<Outcome> {
  const config = new AuditConfig(env);
  const api = new AuditApi(config);
  if (command === 'access-journal') return { output: await readAccessJournal(api, args), holds: true };
  const read = (await caseRead(api, command, args)) ?? (await privacyCommand(api, command, args));
  if (read) return read;
  if (command === 'rebuild-and-compare') {
    const flags = new Set(args);
    const outcome = await rebuildAndCompare(env, log, {
      swap: flags.has('--swap'),
      keep: flags.has('--keep'),
      metricsPort: config.metricsPort,
    });
    return { output: outcome, holds: outcome.comparison.identical };
  }
  if (command === 'report') return report(env, config, args[0]);
  throw new UsageError(USAGE);
}

async function report(env: Env, config: AuditConfig, directory = config.reportDirectory): Promise<Outcome> {
  // Only the report replays workflows. The SDK runtime forwarding the core's logs keeps the
  // process alive until it shuts down: a replay worker's end does it, `finally` if none ran.
  const runtime = installTemporalLogging(log);
  const database = await createDataSource({ databaseUrl: config.databaseUrl, schema: config.databaseSchema }).initialize();
  const dataConverter = caseDataConverter(caseKeyStore(database, keyEncryptionKey(config)));
  const client = await temporalClient(config, dataConverter);
  try {
    const filed = await verificationReport(config.subject, {
      verifyLog: () => verifyStoredLog(database, log),
      rebuildAndCompare: () => rebuildAndCompare(env, log, { metricsPort: config.metricsPort }),
      replayWorkflows: async () =>
        replayWorkflows(
          await bundleWorkflows(),
          { client, dataConverter, query: config.replayQuery, recordedDir: config.recordedHistories },
          log,
        ),
    });
    const files = await writeReport(filed, directory);
    return { output: { passed: filed.passed, files }, holds: filed.passed };
  } finally {
    await database.destroy();
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
    const expected = error instanceof UsageError;
    log.error(expected ? error.message : 'audit failed', expected ? {} : { error: error instanceof Error ? error.stack : String(error) });
    process.exitCode = 2;
  });
