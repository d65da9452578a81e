import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { CALENDAR_YEARS } from '@entente/domain';

export class HolidaysQuery {
  @ApiProperty({ example: 2026, description: 'Any year the calendar counts: its holidays come by rule.' })
  @Type(() => Number)
  @IsInt()
  @Min(CALENDAR_YEARS.first)
  @Max(CALENDAR_YEARS.last)
  year!: number;
}
