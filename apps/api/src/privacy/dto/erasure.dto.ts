import { ApiProperty } from '@nestjs/swagger';
import { OfficerReason } from './officer-reason.decorator';

/** Why a case's personal information is erased: recorded in its history, for good. */
export class ErasureRequestDto {
  @OfficerReason('Retention period over (schedule rule 3.2): purpose fulfilled')
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
