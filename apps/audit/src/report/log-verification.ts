import type { DataSource } from 'typeorm';
import { CaseEventEntity } from '@entente/persistence';
import { VerifyCaseUseCase, VerifyLogUseCase, type LogVerification } from '@entente/api';
import type { Logger } from '@entente/platform';

/**
 * The whole log hashed again, on the database, for the report: an operator's integrity check that
 * prints counts and the first failing event of each broken case, never an event's content. Reads of
 * a case go through the API instead (case-reads), under the read policy and the access journal.
 */
export function verifyStoredLog(database: DataSource, log: Logger): Promise<LogVerification> {
  const events = database.getRepository(CaseEventEntity);
  return new VerifyLogUseCase(events, new VerifyCaseUseCase(events)).execute((checked, total) => {
    if (checked % 100 === 0 || checked === total) log.info('verifying', { progress: `${checked}/${total}` });
  });
}
