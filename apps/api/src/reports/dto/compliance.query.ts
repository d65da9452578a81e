import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsMonth } from '../../http/is-local-date.decorator';

/** A range of months (Québec time), first and last included. */
export class ComplianceQuery {
  @ApiPropertyOptional({ example: '2026-01', description: 'First month (YYYY-MM); default: eleven months before `to`.' })
  @IsOptional()
  @IsMonth()
  from?: string;

  @ApiPropertyOptional({ example: '2026-12', description: 'Last month (YYYY-MM); default: this month.' })
  @IsOptional()
  @IsMonth()
  to?: string;
}
