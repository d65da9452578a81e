import { ApiProperty } from '@nestjs/swagger';
import { CaseClockDto } from './case-clock.dto';
import { CaseSummaryDto } from './case-summary.dto';

class EventActorDto {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'case-officer' }) role!: string;
}

/** One event exactly as published, with the hashes an auditor checks the chain with. */
export class CaseEventDto {
  @ApiProperty() sequence!: number;
  @ApiProperty() eventId!: string;
  @ApiProperty({ example: 'EmailRequestAnswered' }) type!: string;
  @ApiProperty() schemaVersion!: number;
  @ApiProperty({ format: 'date-time' }) occurredAt!: string;
  @ApiProperty({ type: EventActorDto }) actor!: EventActorDto;
  @ApiProperty() correlationId!: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) data!: unknown;
  @ApiProperty({ type: String, nullable: true }) previousHash!: string | null;
  @ApiProperty() hash!: string;
}

export class CaseDetailDto extends CaseSummaryDto {
  @ApiProperty({ type: [CaseEventDto], description: 'Every event of the case, by sequence.' }) timeline!: CaseEventDto[];
  @ApiProperty({ type: [CaseClockDto], description: 'Every service-standard clock of the case, the first started first.' })
  clocks!: CaseClockDto[];
}
