import { Module } from '@nestjs/common';
import { TemporalModule } from '../temporal/temporal.module';
import { InternshipApplicationController } from './internship-application.controller';
import { InternshipApplicationUseCases } from './internship-application.use-cases';

@Module({
  imports: [TemporalModule],
  controllers: [InternshipApplicationController],
  providers: [InternshipApplicationUseCases],
})
export class InternshipApplicationModule {}
