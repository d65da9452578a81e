import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { caseKeyStore, CaseEventEntity, CaseSummaryEntity } from '@entente/persistence';
import { keyEncryptionKey, type CaseKeyStore } from '@entente/platform';
import { ApiConfig } from '../config/api.config';
import { CaseAccess } from './case-access';
import { PersonalFieldReader } from './personal-field-reader';

/**
 * The API's one key store (docs/adr/0015): the Temporal codec and the reads share its cache, so an
 * erasure that makes the API forget a key leaves no copy of it in another cache of the process.
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
    { provide: PersonalFieldReader, inject: [CASE_KEYS], useFactory: (keys: CaseKeyStore) => new PersonalFieldReader(keys) },
  ],
  exports: [CaseAccess, PersonalFieldReader, CASE_KEYS],
})
export class AccessModule {}
