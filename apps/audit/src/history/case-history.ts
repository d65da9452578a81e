import { NotFoundException } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { parseInstant } from '@entente/domain';
import { CaseEventEntity } from '@entente/persistence';
import { CaseAsOfUseCase, caseExportCsv, ExportCaseUseCase, toCaseEventDto, VerifyCaseUseCase, VerifyLogUseCase } from '@entente/api';
import type { Logger } from '@entente/platform';

export class UsageError extends Error {}

/** The API's own use cases on the read models, for the auditors' command line. */
export function caseHistory(database: DataSource, log: Logger) {
  const events = database.getRepository(CaseEventEntity);
  const cases = new VerifyCaseUseCase(events);
  return {
    verifyCase: (caseId: string) => cases.execute(caseId),
    verifyLog: () =>
      new VerifyLogUseCase(events, cases).execute((checked, total) => {
        if (checked % 100 === 0 || checked === total) log.info('verifying', { progress: `${checked}/${total}` });
      }),
    timeline: async (caseId: string) => {
      const rows = await events.find({ where: { caseId }, order: { sequence: 'ASC' } });
      if (rows.length === 0) throw new NotFoundException(`case ${caseId} not found`);
      return rows.map(toCaseEventDto);
    },
    asOf: (caseId: string, at: string) => new CaseAsOfUseCase(events).execute(caseId, checkedInstant(at)),
    export: async (caseId: string, format: string) => {
      if (format !== 'json' && format !== 'csv') throw new UsageError(`format must be json or csv (got ${format})`);
      const history = await new ExportCaseUseCase(events).execute(caseId);
      return format === 'csv' ? caseExportCsv(history) : `${JSON.stringify(history, null, 2)}\n`;
    },
  };
}

function checkedInstant(at: string): string {
  try {
    parseInstant(at, 'instant');
    return at;
  } catch {
    throw new UsageError(`instant must be an ISO 8601 instant with its offset, e.g. 2026-11-25T12:00:00Z (got ${at})`);
  }
}
