import { randomBytes } from 'node:crypto';
import type { DataConverter } from '@temporalio/common';
import type { DataSource } from 'typeorm';
import { caseKeyStore } from '@entente/persistence';
import {
  caseDataConverter,
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

/** The data converter of the apps, on the keys of `database`'s schema. */
export function testDataConverter(database: DataSource): DataConverter {
  return caseDataConverter(caseKeyStore(database, testKek()));
}

/** The same codec on keys kept in memory: for the time-skipping server's tests, which have no database. */
export function inMemoryDataConverter(): DataConverter {
  return caseDataConverter(new EnvelopeCaseKeyStore(new InMemoryWrappedKeyTable(), new LocalKeyWrapper(randomBytes(32))));
}
