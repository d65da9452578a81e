import { createDataSource } from '@entente/persistence';
import { connectionUrlOf } from '@entente/platform';
import { ProjectorConfig } from '../config/projector.config';
import { Quarantine } from '../quarantine/quarantine';

/*
 * Re-drives quarantined cases once fixed (docs/adr/0025-projector-quarantine.md): publish the
 * corrected event first, or deploy the projector that reads the message, then
 *
 *   npm run --silent redrive -- <caseId>...
 *
 * with the projector's own settings (DATABASE_URL, DATABASE_SCHEMA, PROJECTOR_NAME...). One JSON
 * line per case on stdout. Exit 0 when every case is clear, 1 when some event still waits, 2 on error.
 */

const USAGE = 'usage: redrive <caseId>...';

async function main(caseIds: string[]): Promise<number> {
  if (caseIds.length === 0 || caseIds.some((id) => id.startsWith('-'))) throw new Error(USAGE);
  const config = new ProjectorConfig(process.env);
  const dataSource = await createDataSource({ databaseUrl: connectionUrlOf(config), schema: config.databaseSchema }).initialize();
  try {
    const quarantine = new Quarantine(dataSource, config);
    let waiting = false;
    for (const caseId of caseIds) {
      const report = await quarantine.redrive(caseId);
      process.stdout.write(`${JSON.stringify(report)}\n`);
      waiting ||= report.status !== 'clear';
    }
    return waiting ? 1 : 0;
  } finally {
    await dataSource.destroy();
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(2);
    },
  );
}
