import type { DataSource, EntityManager } from 'typeorm';
import type { CaseType } from '@entente/contracts';
import type { PersonDigest, PersonIndex } from '@entente/platform';
import { PersonIndexEntity } from './person-index.entity';

/** The blind index in the `person_index` table of the process's schema. */
export class PostgresPersonIndex implements PersonIndex {
  constructor(private readonly database: DataSource | EntityManager) {}

  async record(caseId: string, caseType: CaseType, digests: readonly PersonDigest[]): Promise<void> {
    if (digests.length === 0) return;
    const rows = digests.map(({ kind, digest }) => ({ caseId, caseType, kind, digest }));
    await this.database.getRepository(PersonIndexEntity).createQueryBuilder().insert().values(rows).orIgnore().execute();
  }

  async forget(caseId: string): Promise<void> {
    await this.database.getRepository(PersonIndexEntity).delete({ caseId });
  }
}
