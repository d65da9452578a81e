import { Module } from '@nestjs/common';
import { TemporalModule } from '../temporal/temporal.module';
import { PremierMissionController } from './premier-mission.controller';
import { PremierMissionUseCases } from './premier-mission.use-cases';

@Module({
  imports: [TemporalModule],
  controllers: [PremierMissionController],
  providers: [PremierMissionUseCases],
})
export class PremierMissionModule {}
