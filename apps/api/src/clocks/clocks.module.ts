import { Module } from '@nestjs/common';
import { TemporalModule } from '../temporal/temporal.module';
import { ClocksController } from './clocks.controller';

@Module({ imports: [TemporalModule], controllers: [ClocksController] })
export class ClocksModule {}
