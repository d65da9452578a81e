import { ForbiddenException, Injectable } from '@nestjs/common';
import type { CaseType } from '@entente/contracts';
import { mayAudit, type Person } from '@entente/domain';
import { AccessJournal } from '../../access-journal/access-journal.service';
import { personalFieldsShown } from '../../access-journal/personal-fields';
import type { ReadContext } from '../../access-journal/read-context';
import { CaseAccess } from '../../access/case-access';
import type { CaseDetailDto } from '../dto/case-detail.dto';
import { GetCaseUseCase } from './get-case.use-case';

/**
 * An auditor reveals one case's personal information for a stated reason: journaled with the
 * reason before the answer leaves (a reveal that cannot be journaled shows nothing, 503).
 */
@Injectable()
export class DiscloseCaseUseCase {
  constructor(
    private readonly access: CaseAccess,
    private readonly getting: GetCaseUseCase,
    private readonly journal: AccessJournal,
  ) {}

  async execute(caseId: string, reason: string, reader: Person, read: ReadContext): Promise<CaseDetailDto> {
    const { summary } = await this.access.readable(caseId, reader);
    // Auditors alone reveal: other readers see personal fields already, or must see none (administrators).
    if (!mayAudit(reader)) {
      throw new ForbiddenException(`${reader.role} reads personal fields already, or none: only auditors reveal them`);
    }
    const revealed = await this.getting.execute(caseId, reader, 'shown');
    await this.journal.record({ ...read, caseId, reason, fieldsShown: personalFieldsShown(revealed, summary.caseType as CaseType) });
    return revealed;
  }
}
