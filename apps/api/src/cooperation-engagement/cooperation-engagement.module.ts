import { Module } from '@nestjs/common';
import { TemporalModule } from '../temporal/temporal.module';
import { ActionPlanController } from './action-plan.controller';
import { CooperationEngagementController } from './cooperation-engagement.controller';
import { CooperationEngagementUseCases } from './cooperation-engagement.use-cases';
import { ServiceDeliveryController } from './service-delivery.controller';

@Module({
  imports: [TemporalModule],
  controllers: [CooperationEngagementController, ActionPlanController, ServiceDeliveryController],
  providers: [CooperationEngagementUseCases],
})
export class CooperationEngagementModule {}
