import { Injectable } from '@nestjs/common';
import type { Person } from '@entente/domain';
import { CaseAccess } from '../../access/case-access';
import { Disclosures } from '../../access/disclosures';
import type { CaseDetailDto } from '../dto/case-detail.dto';
import { GetCaseUseCase } from './get-case.use-case';

/** An auditor reveals one case's personal information for a stated reason: recorded first, then answered. */
@Injectable()
export class DiscloseCaseUseCase {
  constructor(
    private readonly access: CaseAccess,
    private readonly disclosures: Disclosures,
    private readonly getting: GetCaseUseCase,
  ) {}

  async execute(caseId: string, reason: string, reader: Person, correlationId: string): Promise<CaseDetailDto> {
    await this.access.readable(caseId, reader);
    await this.disclosures.record({ reader, caseId, reason, correlationId });
    return this.getting.execute(caseId, reader, 'shown');
  }
}
