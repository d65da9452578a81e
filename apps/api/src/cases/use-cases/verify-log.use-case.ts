import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { ChainBreak } from '@entente/contracts';
import { CaseEventEntity } from '@entente/persistence';
import { VerifyCaseUseCase } from './verify-case.use-case';

export interface LogVerification {
  readonly cases: number;
  readonly events: number;
  readonly verified: boolean;
  /** Every case whose chain fails, with its first failing event and why. */
  readonly breaks: readonly (ChainBreak & { readonly caseId: string })[];
}

/** The whole stored log, case by case; `progress` hears of each case checked (long logs). */
@Injectable()
export class VerifyLogUseCase {
  constructor(
    @InjectRepository(CaseEventEntity) private readonly events: Repository<CaseEventEntity>,
    private readonly cases: VerifyCaseUseCase,
  ) {}

  async execute(progress: (checked: number, total: number) => void = () => undefined): Promise<LogVerification> {
    const ids: { case_id: string }[] = await this.events
      .createQueryBuilder('e')
      .select('DISTINCT e.case_id', 'case_id')
      .orderBy('case_id')
      .getRawMany();
    const breaks: (ChainBreak & { caseId: string })[] = [];
    let events = 0;
    for (const [index, { case_id: caseId }] of ids.entries()) {
      const verification = await this.cases.execute(caseId);
      events += verification.events;
      if (verification.firstBreak) breaks.push({ caseId, ...verification.firstBreak });
      progress(index + 1, ids.length);
    }
    return { cases: ids.length, events, verified: breaks.length === 0, breaks };
  }
}
