import { Module } from '@nestjs/common';
import { TemporalModule } from '../temporal/temporal.module';
import { BilateralProjectController } from './bilateral-project.controller';
import { BilateralProjectUseCases } from './bilateral-project.use-cases';

@Module({
  imports: [TemporalModule],
  controllers: [BilateralProjectController],
  providers: [BilateralProjectUseCases],
})
export class BilateralProjectModule {}
