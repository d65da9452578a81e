import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CaseEventEntity, LegalHoldEntity, PersonIndexEntity } from '@entente/persistence';
import { blindIndexKey, keyEncryptionKey } from '@entente/platform';
import { AccessModule } from '../access/access.module';
import { ApiConfig } from '../config/api.config';
import { TemporalModule } from '../temporal/temporal.module';
import { PersonSearchController } from './person-search.controller';
import { PrivacyController } from './privacy.controller';
import { ClosedCaseHistory } from './use-cases/closed-case-history';
import { CorrectCaseUseCase } from './use-cases/correct-case.use-case';
import { EraseCaseUseCase } from './use-cases/erase-case.use-case';
import { BLIND_INDEX_KEY, FindPersonCasesUseCase } from './use-cases/find-person-cases.use-case';
import { LegalHolds } from './use-cases/legal-holds';

@Module({
  imports: [TypeOrmModule.forFeature([CaseEventEntity, LegalHoldEntity, PersonIndexEntity]), AccessModule, TemporalModule],
  controllers: [PrivacyController, PersonSearchController],
  providers: [
    ClosedCaseHistory,
    CorrectCaseUseCase,
    EraseCaseUseCase,
    LegalHolds,
    FindPersonCasesUseCase,
    { provide: BLIND_INDEX_KEY, inject: [ApiConfig], useFactory: (config: ApiConfig) => blindIndexKey(keyEncryptionKey(config)) },
  ],
})
export class PrivacyModule {}
