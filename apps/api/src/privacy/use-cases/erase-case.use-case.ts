import { Inject, Injectable } from '@nestjs/common';
import { caseFactsOf, type CaseType } from '@entente/contracts';
import { checkErasure, type ErasureFacts } from '@entente/domain';
import { CaseEventEntity } from '@entente/persistence';
import { holdsPersonalInClear, type CaseKeyStore } from '@entente/platform';
import { CASE_KEYS } from '../../access/access.module';
import { CaseAccess } from '../../access/case-access';
import { CaseWorkflowGateway, type CommandContext } from '../../temporal/case-workflow.gateway';
import type { ErasureDto } from '../dto/erasure.dto';
import { ClosedCaseHistory, recordsErasure } from './closed-case-history';
import { LegalHolds } from './legal-holds';

/**
 * The privacy officer of a closed case's body erases its personal information (docs/adr/0017):
 * the domain's rule decides on the facts read here, then the erasure workflow records the event
 * after the case's last one and destroys its key. Every store holds only ciphertext under that
 * key (docs/adr/0016), so destroying it is the erasure everywhere at once.
 */
@Injectable()
export class EraseCaseUseCase {
  constructor(
    private readonly access: CaseAccess,
    private readonly holds: LegalHolds,
    private readonly gateway: CaseWorkflowGateway,
    private readonly history: ClosedCaseHistory,
    @Inject(CASE_KEYS) private readonly keys: Pick<CaseKeyStore, 'forget'>,
  ) {}

  async execute(caseId: string, reason: string, context: CommandContext): Promise<ErasureDto> {
    const { actor, correlationId } = context;
    const { summary } = await this.access.readable(caseId, { ...actor, teams: context.teams });
    const caseType = summary.caseType as CaseType;
    const events = await this.history.stored(caseId);
    checkErasure(actor, await this.factsOf(caseId, caseType, summary.state, events));
    const head = await this.history.head(caseType, caseId, events);
    const at = new Date().toISOString();
    const erased = await this.gateway.erase({ caseId, caseType, head, actor, at, correlationId, reason }, context);
    this.keys.forget(caseId);
    return { caseId, erasedBy: actor.id, erasedAt: at, head: erased };
  }

  private async factsOf(caseId: string, caseType: CaseType, state: object, events: readonly CaseEventEntity[]): Promise<ErasureFacts> {
    return {
      open: caseFactsOf(caseType, state, events[0]?.actorId ?? null).open,
      erased: recordsErasure(events),
      restsInClear: events.some((event) => holdsPersonalInClear(caseType, event.data)),
      holds: await this.holds.standing(caseId),
    };
  }
}
