import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { CaseEventEntity, CaseSummaryEntity } from '@entente/persistence';
import { toCaseEventDto, toCaseSummaryDto } from '../case.mapper';
import type { CaseDetailDto } from '../dto/case-detail.dto';

/** A case as the read model holds it, with its whole timeline for staff and auditors. */
@Injectable()
export class GetCaseUseCase {
  constructor(
    @InjectRepository(CaseSummaryEntity) private readonly summaries: Repository<CaseSummaryEntity>,
    @InjectRepository(CaseEventEntity) private readonly events: Repository<CaseEventEntity>,
  ) {}

  async execute(caseId: string): Promise<CaseDetailDto> {
    const summary = await this.summaries.findOneBy({ caseId });
    if (!summary) throw new NotFoundException(`case ${caseId} not found`);
    const events = await this.events.find({ where: { caseId }, order: { sequence: 'ASC' } });
    return { ...toCaseSummaryDto(summary), timeline: events.map(toCaseEventDto) };
  }
}
