import { Inject, Injectable } from '@nestjs/common';
import { PERSONAL_DATA, type CaseType } from '@entente/contracts';
import { checkCorrection, CommandRefused, type Person, type PersonalInformationCorrection } from '@entente/domain';
import { concealText, type CaseKeyStore } from '@entente/platform';
import { correctPersonalInformationUpdate } from '@entente/workflows';
import { CASE_KEYS } from '../../access/access.module';
import { CaseAccess } from '../../access/case-access';
import { CaseWorkflowGateway, type CommandContext } from '../../temporal/case-workflow.gateway';
import type { CorrectionDto } from '../dto/correction.dto';
import { ClosedCaseHistory, recordsErasure } from './closed-case-history';

/**
 * The privacy officer of a case's body records a correction of one of its personal fields on a
 * person's request (docs/adr/0020). An open case's own workflow records it among its events, so
 * its next steps use the corrected text; a closed case's is recorded after its last event. Either
 * way it is an event: what was recorded before stays as it was, and the chain still verifies.
 */
@Injectable()
export class CorrectCaseUseCase {
  constructor(
    private readonly access: CaseAccess,
    private readonly gateway: CaseWorkflowGateway,
    private readonly history: ClosedCaseHistory,
    @Inject(CASE_KEYS) private readonly keys: Pick<CaseKeyStore, 'existingKey'>,
  ) {}

  async execute(caseId: string, correction: PersonalInformationCorrection, context: CommandContext): Promise<CorrectionDto> {
    const person: Person = { ...context.actor, teams: context.teams };
    const { summary } = await this.access.readable(caseId, person);
    const caseType = summary.caseType as CaseType;
    const sequence = (await this.gateway.isRunning(caseType, caseId))
      ? (await this.gateway.send(caseType, caseId, { update: correctPersonalInformationUpdate, data: correction }, context)).sequence
      : await this.recordAfterClosing(caseType, caseId, summary.state, correction, context);
    return { caseId, field: correction.field, correctedBy: context.actor.id, sequence };
  }

  /**
   * The read model's state holds the fields sealed: a sealed field is text, which is all the check
   * asks. The corrected text is sealed here, before it reaches Temporal: a closed case's record
   * must outlive the case's key (it is sealed with the operations key), so it carries no clear text.
   */
  private async recordAfterClosing(
    caseType: CaseType,
    caseId: string,
    state: object,
    correction: PersonalInformationCorrection,
    context: CommandContext,
  ): Promise<number> {
    const { actor, correlationId } = context;
    const events = await this.history.stored(caseId);
    checkCorrection(actor, { erased: recordsErasure(events) }, PERSONAL_DATA[caseType].state, state, correction);
    const head = await this.history.head(caseType, caseId, events);
    const key = await this.keys.existingKey(caseId);
    if (!key)
      throw new CommandRefused(
        'the case was recorded before personal fields were encrypted at rest: it has no key to seal a correction with',
      );
    const sealed = { ...correction, correctedValue: concealText(key, caseId, correction.correctedValue) };
    const at = new Date().toISOString();
    return (await this.gateway.recordCorrection({ caseId, caseType, head, actor, at, correlationId, correction: sealed }, context))
      .sequence;
  }
}
