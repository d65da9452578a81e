import { createDataSource, CaseEventEntity } from '@entente/persistence';
import { ExportCaseUseCase } from '../cases/use-cases/export-case.use-case';

/*
 * A developers' tool for infra/bin/record-history.sh: a case's events exactly as sealed, personal
 * fields in clear, read from the database DATABASE_URL names (the role that owns the tables, as
 * migrations use) and printed as JSON:
 *
 *   node apps/api/dist/cli/export-sealed-case.js <caseId>
 *
 * A recorded history's replay compares what the workflow publishes with these events, in clear.
 * It is not the auditors' export, which goes through the API's read policy and journal and masks
 * personal fields; whoever runs this holds the database's owner credentials already.
 */

async function main([caseId]: readonly string[]): Promise<string> {
  if (!caseId) throw new Error('usage: node apps/api/dist/cli/export-sealed-case.js <caseId>');
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error('DATABASE_URL must name the database (eval "$(bash infra/bin/engines.sh env dev)")');
  const database = await createDataSource({ databaseUrl, schema: process.env.DATABASE_SCHEMA ?? 'public' }).initialize();
  try {
    return `${JSON.stringify(await new ExportCaseUseCase(database.getRepository(CaseEventEntity)).execute(caseId), null, 2)}\n`;
  } finally {
    await database.destroy();
  }
}

main(process.argv.slice(2)).then(
  (json) => process.stdout.write(json),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
