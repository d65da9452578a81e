import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CaseSummaryEntity, ServiceClockEntity } from '@entente/persistence';
import { ReportsController } from './reports.controller';
import { CooperationPortfolioUseCase } from './use-cases/cooperation-portfolio.use-case';
import { ServiceStandardComplianceUseCase } from './use-cases/service-standard-compliance.use-case';

@Module({
  imports: [TypeOrmModule.forFeature([ServiceClockEntity, CaseSummaryEntity])],
  controllers: [ReportsController],
  providers: [ServiceStandardComplianceUseCase, CooperationPortfolioUseCase],
})
export class ReportsModule {}
