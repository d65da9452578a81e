import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CaseEventEntity, CaseSummaryEntity, ServiceClockEntity } from '@entente/persistence';
import { CurrentCalendar } from '../calendar/current-calendar';
import { CasesController } from './cases.controller';
import { GetCaseUseCase } from './use-cases/get-case.use-case';
import { ListCasesUseCase } from './use-cases/list-cases.use-case';
import { VerifyCaseUseCase } from './use-cases/verify-case.use-case';
import { CaseAsOfUseCase } from './use-cases/case-as-of.use-case';
import { ExportCaseUseCase } from './use-cases/export-case.use-case';
import { VerifyLogUseCase } from './use-cases/verify-log.use-case';
import { LogVerificationController } from './log-verification.controller';
import { AccessModule } from '../access/access.module';
import { CaseReads } from './use-cases/case-reads';
import { DiscloseCaseUseCase } from './use-cases/disclose-case.use-case';

@Module({
  imports: [TypeOrmModule.forFeature([CaseSummaryEntity, CaseEventEntity, ServiceClockEntity]), AccessModule],
  controllers: [LogVerificationController, CasesController],
  providers: [
    CurrentCalendar,
    ListCasesUseCase,
    GetCaseUseCase,
    VerifyCaseUseCase,
    VerifyLogUseCase,
    CaseAsOfUseCase,
    ExportCaseUseCase,
    CaseReads,
    DiscloseCaseUseCase,
  ],
})
export class CasesModule {}
