import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { CooperationEngagement } from '@entente/domain';
import { CaseSummaryEntity } from '@entente/persistence';
import type { CooperationPortfolioDto } from '../dto/cooperation-portfolio.dto';
import { cooperationPortfolio, type PortfolioPeriod } from './cooperation-portfolio.figures';

/**
 * The National Assembly's cooperation portfolio, from the engagements' case summaries: their
 * `state` column holds each engagement as its decider folds it. The Assembly counts engagements
 * by the dozen (16 parliaments since 1996), so they are folded here rather than in SQL.
 */
@Injectable()
export class CooperationPortfolioUseCase {
  constructor(@InjectRepository(CaseSummaryEntity) private readonly summaries: Repository<CaseSummaryEntity>) {}

  async execute(period: PortfolioPeriod): Promise<CooperationPortfolioDto> {
    const rows = await this.summaries.find({ select: { state: true }, where: { caseType: 'cooperation-engagement' } });
    return cooperationPortfolio(
      rows.map((row) => row.state as CooperationEngagement),
      period,
    );
  }
}
