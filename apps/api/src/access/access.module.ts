import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CaseEventEntity, CaseSummaryEntity } from '@entente/persistence';
import { CaseAccess } from './case-access';

/** The read policy's door to the read model, for every module whose routes read or change a case. */
@Module({
  imports: [TypeOrmModule.forFeature([CaseSummaryEntity, CaseEventEntity])],
  providers: [CaseAccess],
  exports: [CaseAccess],
})
export class AccessModule {}
