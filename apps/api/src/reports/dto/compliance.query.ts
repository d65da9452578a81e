import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches, MaxLength } from 'class-validator';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** A range of months (Québec time), first and last included. */
export class ComplianceQuery {
  @ApiPropertyOptional({ example: '2026-01', description: 'First month (YYYY-MM); default: eleven months before `to`.' })
  @IsOptional()
  @MaxLength(7)
  @Matches(MONTH, { message: 'from must be a month as YYYY-MM' })
  from?: string;

  @ApiPropertyOptional({ example: '2026-12', description: 'Last month (YYYY-MM); default: this month.' })
  @IsOptional()
  @MaxLength(7)
  @Matches(MONTH, { message: 'to must be a month as YYYY-MM' })
  to?: string;
}
