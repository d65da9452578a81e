import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { IsInstant } from '../../http/is-instant.decorator';

export class DueDateQuery {
  @ApiProperty({ example: '2026-11-23T15:00:00.000Z', description: 'The event that starts the count, with its offset.' })
  @IsInstant()
  from!: string;

  @ApiProperty({ minimum: 0, maximum: 260, example: 4, description: 'N in "within N working days".' })
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(260)
  workingDays!: number;
}
