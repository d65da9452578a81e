import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CASE_OUTCOMES } from '@entente/domain';
import type { CaseSummaryClockState } from '@entente/persistence';

/** Every state a service-standard clock can be in, as the queue and the case page show it. */
export const CLOCK_STATES: readonly CaseSummaryClockState[] = ['running', 'paused', 'warned', 'breached', 'met', 'late', 'cancelled'];

/**
 * One work-queue row, of any case type. Instants are ISO strings; personal data (sender) is
 * confidential. A case without a running or past clock (a telephone call) has null clock fields.
 */
export class CaseSummaryDto {
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ example: 'email-request' }) caseType!: string;
  @ApiProperty({ example: 'received', description: "The case type's own status." }) status!: string;
  @ApiProperty() subject!: string;
  @ApiProperty({ type: String, nullable: true }) senderAddress!: string | null;
  @ApiProperty({ type: String, nullable: true }) senderName!: string | null;
  @ApiProperty({ type: String, nullable: true }) assignee!: string | null;
  @ApiProperty({ format: 'date-time' }) receivedAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) warnAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) dueAt!: string | null;
  @ApiProperty({ enum: CLOCK_STATES, nullable: true }) clockState!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'email-information-request' }) standardId!: string | null;
  @ApiProperty({ type: Number, nullable: true }) standardVersion!: number | null;
  @ApiProperty({ type: String, nullable: true }) escalatedTo!: string | null;
  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    description: 'In the work queue: working days to the due day of a clock still counting (0: due today; negative: days late).',
  })
  workingDaysLeft?: number | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) answeredAt!: string | null;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'When the case ended, however it ended; null while open.',
  })
  endedAt!: string | null;
  @ApiProperty({ enum: CASE_OUTCOMES, nullable: true, description: 'How the case ended, in the words every case type shares.' })
  outcome!: string | null;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    deprecated: true,
    description: 'Deprecated: read `endedAt` (same value).',
  })
  closedAt!: string | null;
  @ApiProperty() lastSequence!: number;
  @ApiProperty({ format: 'date-time' }) lastEventAt!: string;
}

export class CasePageDto {
  @ApiProperty({ type: [CaseSummaryDto] }) items!: CaseSummaryDto[];
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty({ description: 'Rows matching the filters, all pages together.' }) total!: number;
}
