import { randomBytes } from 'node:crypto';
import type { DataConverter } from '@temporalio/common';
import type { DataSource } from 'typeorm';
import { caseKeyStore } from '@entente/persistence';
import {
  caseDataConverter,
  type CaseKeyStore,
  EnvelopeCaseKeyStore,
  InMemoryWrappedKeyTable,
  KEY_ENCRYPTION_SETTINGS,
  keyEncryptionKey,
  loadConfig,
  LocalKeyWrapper,
} from '@entente/platform';

/** The test profile's key-encryption key: the development key of ENTENTE_DATA_DIR, as the apps read it. */
export function testKek(): Buffer {
  return keyEncryptionKey(loadConfig(KEY_ENCRYPTION_SETTINGS, process.env));
}

/** The case keys of the apps, in `database`'s schema. */
export function testKeyStore(database: DataSource): CaseKeyStore {
  return caseKeyStore(database, testKek());
}

/** The data converter of the apps, on the keys of `database`'s schema. */
export function testDataConverter(database: DataSource): DataConverter {
  return caseDataConverter(testKeyStore(database));
}

/** Case keys kept in memory: for the time-skipping server's tests, which have no database. */
export function inMemoryKeyStore(): CaseKeyStore {
  return new EnvelopeCaseKeyStore(new InMemoryWrappedKeyTable(), new LocalKeyWrapper(randomBytes(32)));
}

/** The same codec on keys kept in memory. */
export function inMemoryDataConverter(keys: CaseKeyStore = inMemoryKeyStore()): DataConverter {
  return caseDataConverter(keys);
}
