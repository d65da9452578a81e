import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ServiceClockEntity } from '@entente/persistence';
import { ReportsController } from './reports.controller';
import { ServiceStandardComplianceUseCase } from './use-cases/service-standard-compliance.use-case';

@Module({
  imports: [TypeOrmModule.forFeature([ServiceClockEntity])],
  controllers: [ReportsController],
  providers: [ServiceStandardComplianceUseCase],
})
export class ReportsModule {}
