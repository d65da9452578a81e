import type { DataSource, EntityManager } from 'typeorm';
import { EnvelopeCaseKeyStore, LocalKeyWrapper, type CaseKeyStore, type WrappedKeyTable } from '@entente/platform';
import { CaseDataKeyEntity } from './case-data-key.entity';

/** The wrapped keys in the `case_data_key` table of the process's schema. */
export class PostgresWrappedKeyTable implements WrappedKeyTable {
  constructor(private readonly database: DataSource | EntityManager) {}

  async find(caseId: string): Promise<Buffer | undefined> {
    const row = await this.repository().findOneBy({ caseId });
    return row?.wrappedKey;
  }

  async insertIfAbsent(caseId: string, wrappedKey: Buffer): Promise<void> {
    await this.repository().createQueryBuilder().insert().values({ caseId, wrappedKey }).orIgnore().execute();
  }

  async delete(caseId: string): Promise<void> {
    await this.repository().delete({ caseId });
  }

  private repository() {
    return this.database.getRepository(CaseDataKeyEntity);
  }
}

/**
 * The key store of the processes: data keys in PostgreSQL, wrapped by the configured key-encryption
 * key. `cached: false` asks the table every time: what people read must show an erasure at once,
 * whichever process destroyed the key.
 */
export function caseKeyStore(database: DataSource | EntityManager, kek: Buffer, { cached = true } = {}): CaseKeyStore {
  return new EnvelopeCaseKeyStore(new PostgresWrappedKeyTable(database), new LocalKeyWrapper(kek), Date.now, cached ? undefined : 0);
}
