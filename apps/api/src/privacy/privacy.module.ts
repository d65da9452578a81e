import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CaseEventEntity, LegalHoldEntity } from '@entente/persistence';
import { AccessModule } from '../access/access.module';
import { TemporalModule } from '../temporal/temporal.module';
import { PrivacyController } from './privacy.controller';
import { EraseCaseUseCase } from './use-cases/erase-case.use-case';
import { LegalHolds } from './use-cases/legal-holds';

@Module({
  imports: [TypeOrmModule.forFeature([CaseEventEntity, LegalHoldEntity]), AccessModule, TemporalModule],
  controllers: [PrivacyController],
  providers: [EraseCaseUseCase, LegalHolds],
})
export class PrivacyModule {}
