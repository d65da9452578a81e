import { Module } from '@nestjs/common';
import { TemporalModule } from '../temporal/temporal.module';
import { ComplaintController } from './complaint.controller';
import { ComplaintUseCases } from './complaint.use-cases';

@Module({
  imports: [TemporalModule],
  controllers: [ComplaintController],
  providers: [ComplaintUseCases],
})
export class ComplaintModule {}
