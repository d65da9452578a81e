import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { Actor } from '@entente/domain';
import { CaseEventEntity, CaseSummaryEntity } from '@entente/persistence';
import { toCaseEventDto, toCaseSummaryDto } from '../case.mapper';
import { SealedFromReader } from '../sealed-from-reader';
import { storedEnvelope } from './verify-case.use-case';
import type { CaseDetailDto } from '../dto/case-detail.dto';

/** A case as the read model holds it, with its whole timeline for staff and auditors, less what is sealed from the reader. */
@Injectable()
export class GetCaseUseCase {
  constructor(
    @InjectRepository(CaseSummaryEntity) private readonly summaries: Repository<CaseSummaryEntity>,
    @InjectRepository(CaseEventEntity) private readonly events: Repository<CaseEventEntity>,
  ) {}

  async execute(caseId: string, reader: Actor): Promise<CaseDetailDto> {
    const summary = await this.summaries.findOneBy({ caseId });
    if (!summary) throw new NotFoundException(`case ${caseId} not found`);
    const events = await this.events.find({ where: { caseId }, order: { sequence: 'ASC' } });
    const sealed = SealedFromReader.of(reader, events.map(storedEnvelope));
    return { ...toCaseSummaryDto(summary), timeline: events.map((row) => sealed.event(toCaseEventDto(row))) };
  }
}
