import { ApiProperty } from '@nestjs/swagger';
import { MinLength } from 'class-validator';
import { IsText } from '../../http/is-text.decorator';

/** Why a case's personal information is erased: recorded in its history, for good. */
export class ErasureRequestDto {
  @ApiProperty({
    example: 'Retention period over (schedule rule 3.2): purpose fulfilled',
    description: 'In the officer’s own words; it stays in the history, so it names no one.',
    minLength: 10,
    maxLength: 500,
  })
  @IsText(500)
  @MinLength(10, { message: 'reason must state why, in 10 characters or more' })
  reason!: string;
}

export class ErasureDto {
  @ApiProperty({ format: 'uuid' })
  caseId!: string;

  @ApiProperty({ description: 'The privacy officer who erased.' })
  erasedBy!: string;

  @ApiProperty({ format: 'date-time' })
  erasedAt!: string;

  @ApiProperty({
    description: 'The erasure event’s place in the case’s chain: its sequence and hash.',
    example: { sequence: 4, hash: '9f2c…' },
  })
  head!: { sequence: number; hash: string | null };
}
