import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { caseKeyStore, CaseEventEntity, CaseSummaryEntity } from '@entente/persistence';
import { keyEncryptionKey } from '@entente/platform';
import { ApiConfig } from '../config/api.config';
import { CaseAccess } from './case-access';
import { PersonalFieldReader } from './personal-field-reader';

/** The read policy's door to the read model, for every module whose routes read or change a case. */
@Module({
  imports: [TypeOrmModule.forFeature([CaseSummaryEntity, CaseEventEntity])],
  providers: [
    CaseAccess,
    {
      provide: PersonalFieldReader,
      inject: [ApiConfig, DataSource],
      useFactory: (config: ApiConfig, database: DataSource) => new PersonalFieldReader(caseKeyStore(database, keyEncryptionKey(config))),
    },
  ],
  exports: [CaseAccess, PersonalFieldReader],
})
export class AccessModule {}
