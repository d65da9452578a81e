import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { caseKeyStore, CaseEventEntity, CaseSummaryEntity } from '@entente/persistence';
import { keyEncryptionKey } from '@entente/platform';
import { ApiConfig } from '../config/api.config';
import { CaseAccess } from './case-access';
import { PersonalFieldReader } from './personal-field-reader';

/**
 * The API's key store for the Temporal codec (docs/adr/0015), whose cache an erasure makes it
 * forget. The reads use their own, uncached: a key the nightly retention run destroyed in the
 * worker reads `[erased]` at once here too (docs/adr/0018).
 */
export const CASE_KEYS = Symbol('CaseKeyStore');

/** The read policy's door to the read model, for every module whose routes read or change a case. */
@Module({
  imports: [TypeOrmModule.forFeature([CaseSummaryEntity, CaseEventEntity])],
  providers: [
    CaseAccess,
    {
      provide: CASE_KEYS,
      inject: [ApiConfig, DataSource],
      useFactory: (config: ApiConfig, database: DataSource) => caseKeyStore(database, keyEncryptionKey(config)),
    },
    {
      provide: PersonalFieldReader,
      inject: [ApiConfig, DataSource],
      useFactory: (config: ApiConfig, database: DataSource) =>
        new PersonalFieldReader(caseKeyStore(database, keyEncryptionKey(config), { cached: false })),
    },
  ],
  exports: [CaseAccess, PersonalFieldReader, CASE_KEYS],
})
export class AccessModule {}
