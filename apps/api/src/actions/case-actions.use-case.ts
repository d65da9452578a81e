import { Injectable } from '@nestjs/common';
import { availableCommands, isCaseType, type AvailableCommand } from '@entente/contracts';
import type { Person } from '@entente/domain';
import { CaseAccess, caseNotFound } from '../access/case-access';
import { CommandRoutes } from './command-routes';
import type { CaseActionDto, CaseActionsDto } from './dto/case-actions.dto';

/**
 * The steps a person may take on a case now, from the read model's state of the case: what a
 * screen offers, on a case within the person's scope (404 outside it). The workflow still judges
 * each command on the state it holds when it arrives.
 */
@Injectable()
export class CaseActionsUseCase {
  constructor(
    private readonly access: CaseAccess,
    private readonly routes: CommandRoutes,
  ) {}

  async execute(caseId: string, reader: Person, now = new Date()): Promise<CaseActionsDto> {
    const { summary } = await this.access.readable(caseId, reader);
    if (!isCaseType(summary.caseType)) throw caseNotFound(caseId);
    const { caseType } = summary;
    const actor = { id: reader.id, role: reader.role };
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
