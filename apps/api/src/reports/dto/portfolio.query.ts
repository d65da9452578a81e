import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import type { PortfolioPeriod } from '../use-cases/cooperation-portfolio.figures';
import { IsLocalDate } from '../../http/is-local-date.decorator';

/** A period of Québec local dates, both included; without either end, the portfolio since the first engagement. */
export class PortfolioQuery implements PortfolioPeriod {
  @ApiPropertyOptional({ example: '2026-04-01', description: 'First day (YYYY-MM-DD); default: no start.' })
  @IsOptional()
  @IsLocalDate()
  from?: string;

  @ApiPropertyOptional({ example: '2027-03-31', description: 'Last day (YYYY-MM-DD); default: no end.' })
  @IsOptional()
  @IsLocalDate()
  to?: string;
}
