import { Module } from '@nestjs/common';
import { TemporalModule } from '../temporal/temporal.module';
import { CallForProposalsController } from './call-for-proposals.controller';
import { CallForProposalsUseCases } from './call-for-proposals.use-cases';

@Module({
  imports: [TemporalModule],
  controllers: [CallForProposalsController],
  providers: [CallForProposalsUseCases],
})
export class CallForProposalsModule {}
