import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository, SelectQueryBuilder } from 'typeorm';
import { caseTypesOfTeam } from '@entente/contracts';
import { CaseSummaryEntity } from '@entente/persistence';
import { toCaseSummaryDto } from '../case.mapper';
import type { CasePageDto } from '../dto/case-summary.dto';
import type { ListCasesQuery } from '../dto/list-cases.query';

// Overdue: a clock still runs past its due instant, whatever the case type's status words.
const OVERDUE = "c.clockState IN ('running', 'warned', 'breached') AND c.dueAt < :now";

/** The work queue: most urgent first (earliest due instant), ties by case id for stable pages. */
@Injectable()
export class ListCasesUseCase {
  constructor(@InjectRepository(CaseSummaryEntity) private readonly summaries: Repository<CaseSummaryEntity>) {}

  async execute(query: ListCasesQuery): Promise<CasePageDto> {
    const [rows, total] = await this.filtered(query)
      .orderBy('c.dueAt', 'ASC')
      .addOrderBy('c.caseId', 'ASC')
      .offset((query.page - 1) * query.pageSize)
      .limit(query.pageSize)
      .getManyAndCount();
    return { items: rows.map(toCaseSummaryDto), page: query.page, pageSize: query.pageSize, total };
  }

  private filtered(query: ListCasesQuery): SelectQueryBuilder<CaseSummaryEntity> {
    const builder = this.summaries.createQueryBuilder('c');
    if (query.status) builder.andWhere('c.status = :status', { status: query.status });
    if (query.assignee) builder.andWhere('c.assignee = :assignee', { assignee: query.assignee });
    if (query.caseType) builder.andWhere('c.caseType = :caseType', { caseType: query.caseType });
    if (query.team) builder.andWhere('c.caseType IN (:...teamTypes)', { teamTypes: caseTypesOfTeam(query.team) });
    if (query.dueBefore) builder.andWhere('c.dueAt < :dueBefore', { dueBefore: new Date(query.dueBefore) });
    if (query.overdue !== undefined) {
      builder.andWhere(query.overdue ? OVERDUE : `NOT (${OVERDUE})`, { now: new Date() });
    }
    return builder;
  }
}
