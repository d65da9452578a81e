import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { availableCommands, isCaseType, type AvailableCommand } from '@entente/contracts';
import type { Actor } from '@entente/domain';
import { CaseSummaryEntity } from '@entente/persistence';
import { CommandRoutes } from './command-routes';
import type { CaseActionDto, CaseActionsDto } from './dto/case-actions.dto';

/**
 * The steps a person may take on a case now, from the read model's state of the case: what a
 * screen offers. The workflow still judges each command on the state it holds when it arrives.
 */
@Injectable()
export class CaseActionsUseCase {
  constructor(
    @InjectRepository(CaseSummaryEntity) private readonly summaries: Repository<CaseSummaryEntity>,
    private readonly routes: CommandRoutes,
  ) {}

  async execute(caseId: string, actor: Actor, now = new Date()): Promise<CaseActionsDto> {
    const summary = await this.summaries.findOneBy({ caseId });
    if (!summary || !isCaseType(summary.caseType)) throw new NotFoundException(`case ${caseId} not found`);
    const { caseType } = summary;
    const actions = availableCommands(caseType, summary.state, actor, now.toISOString()).flatMap((command) =>
      this.action(command, { caseId, caseType, standardId: command.standardId ?? '' }),
    );
    return { caseId, actions };
  }

  /** The command with its route's parameters filled in; a command with no route (none today) is not offered. */
  private action(command: AvailableCommand, params: Record<string, string>): CaseActionDto[] {
    const route = this.routes.of(command.commandType);
    if (!route) return [];
    const path = route.path.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(params[name] ?? `:${name}`));
    return [{ ...command, method: route.method, path, operationId: command.commandType }];
  }
}
