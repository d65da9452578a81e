import { NotFoundException } from '@nestjs/common';
import { parseInstant } from '@entente/domain';
import { CaseEventEntity, createDataSource } from '@entente/persistence';
import { jsonLogger } from '@entente/platform';
import { ApiConfig } from '../config/api.config';
import { toCaseEventDto } from '../cases/case.mapper';
import { CaseAsOfUseCase } from '../cases/use-cases/case-as-of.use-case';
import { VerifyCaseUseCase } from '../cases/use-cases/verify-case.use-case';
import { VerifyLogUseCase } from '../cases/use-cases/verify-log.use-case';

/*
 * The auditors' command line, over the same use cases as the API, reading the read models:
 *   npm run audit -- verify [<caseId>]        the whole log, or one case (exit 1 if a chain fails)
 *   npm run audit -- timeline <caseId>        every event with actor, role, time and payload
 *   npm run audit -- as-of <caseId> <instant> the case as it stood then
 * Unknown cases, bad instants and bad usage exit 2 with a message.
 */

const log = jsonLogger('audit', (line) => process.stderr.write(line));
const USAGE = 'usage: npm run audit -- verify [<caseId>] | timeline <caseId> | as-of <caseId> <instant>';

class UsageError extends Error {}

async function run(args: readonly string[]): Promise<unknown> {
  const config = new ApiConfig(process.env);
  const database = await createDataSource({ databaseUrl: config.databaseUrl, schema: config.databaseSchema }).initialize();
  try {
    const events = database.getRepository(CaseEventEntity);
    const cases = new VerifyCaseUseCase(events);
    const [command, caseId, at] = args;
    if (command === 'verify' && caseId) return await cases.execute(caseId);
    if (command === 'verify') return await new VerifyLogUseCase(events, cases).execute((checked, total) => {
      if (checked % 100 === 0 || checked === total) log.info('verifying', { progress: `${checked}/${total}` });
    });
    if (command === 'timeline' && caseId) {
      const rows = await events.find({ where: { caseId }, order: { sequence: 'ASC' } });
      if (rows.length === 0) throw new NotFoundException(`case ${caseId} not found`);
      return rows.map(toCaseEventDto);
    }
    if (command === 'as-of' && caseId && at) {
      parseInstantOrUsage(at);
      return await new CaseAsOfUseCase(events).execute(caseId, at);
    }
    throw new UsageError(USAGE);
  } finally {
    await database.destroy();
  }
}

function parseInstantOrUsage(at: string): void {
  try {
    parseInstant(at, 'instant');
  } catch {
    throw new UsageError(`instant must be an ISO 8601 instant with its offset, e.g. 2026-11-25T12:00:00Z (got ${at})`);
  }
}

run(process.argv.slice(2))
  .then((result) => {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    const failed = typeof result === 'object' && result !== null && 'verified' in result && result.verified === false;
    process.exitCode = failed ? 1 : 0;
  })
  .catch((error: unknown) => {
    const expected = error instanceof UsageError || error instanceof NotFoundException;
    log.error(expected ? (error as Error).message : 'audit failed', expected ? {} : { error: String(error) });
    process.exitCode = 2;
  });
