import { Module } from '@nestjs/common';
import { TemporalModule } from '../temporal/temporal.module';
import { EvaluationLinkController } from './evaluation-link.controller';
import { EvaluationLinkUseCases } from './evaluation-link.use-cases';
import { PremierMissionController } from './premier-mission.controller';
import { PremierMissionUseCases } from './premier-mission.use-cases';

@Module({
  imports: [TemporalModule],
  controllers: [PremierMissionController, EvaluationLinkController],
  providers: [PremierMissionUseCases, EvaluationLinkUseCases],
})
export class PremierMissionModule {}
