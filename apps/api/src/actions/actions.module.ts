import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { AccessModule } from '../access/access.module';
import { CaseActionsController } from './case-actions.controller';
import { CaseActionsUseCase } from './case-actions.use-case';
import { CommandRoutes } from './command-routes';

/** What a screen may offer a person on a case: the commands they may issue now, and their routes. */
@Module({
  imports: [DiscoveryModule, AccessModule],
  controllers: [CaseActionsController],
  providers: [CommandRoutes, CaseActionsUseCase],
})
export class ActionsModule {}
