import { Module } from '@nestjs/common';
import { TemporalModule } from '../temporal/temporal.module';
import { EmailRequestController } from './email-request.controller';
import { EmailRequestUseCases } from './email-request.use-cases';

@Module({
  imports: [TemporalModule],
  controllers: [EmailRequestController],
  providers: [EmailRequestUseCases],
})
export class EmailRequestModule {}
