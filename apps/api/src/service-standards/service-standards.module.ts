import { Module } from '@nestjs/common';
import { ServiceStandardsController } from './service-standards.controller';
import { ListStandardsUseCase } from './use-cases/list-standards.use-case';
import { PublishStandardRevisionUseCase } from './use-cases/publish-standard-revision.use-case';

@Module({
  controllers: [ServiceStandardsController],
  providers: [ListStandardsUseCase, PublishStandardRevisionUseCase],
})
export class ServiceStandardsModule {}
