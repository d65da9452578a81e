import { Module } from '@nestjs/common';
import { TemporalModule } from '../temporal/temporal.module';
import { HealthController } from './health.controller';
import { CheckHealthUseCase } from './use-cases/check-health.use-case';

@Module({ imports: [TemporalModule], controllers: [HealthController], providers: [CheckHealthUseCase] })
export class HealthModule {}
