import { ApiProperty } from '@nestjs/swagger';
import type { CaseSummaryClockState } from '@entente/persistence';
import { CASE_STATUSES } from './list-cases.query';

const CLOCK_STATES: readonly CaseSummaryClockState[] = ['running', 'warned', 'breached', 'met', 'late', 'cancelled'];

/** One work-queue row. Instants are ISO strings; personal data (sender) is confidential. */
export class CaseSummaryDto {
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ example: 'email-request' }) caseType!: string;
  @ApiProperty({ enum: CASE_STATUSES }) status!: string;
  @ApiProperty() subject!: string;
  @ApiProperty() senderAddress!: string;
  @ApiProperty({ type: String, nullable: true }) senderName!: string | null;
  @ApiProperty({ type: String, nullable: true }) assignee!: string | null;
  @ApiProperty({ format: 'date-time' }) receivedAt!: string;
  @ApiProperty({ format: 'date-time' }) warnAt!: string;
  @ApiProperty({ format: 'date-time' }) dueAt!: string;
  @ApiProperty({ enum: CLOCK_STATES }) clockState!: string;
  @ApiProperty({ example: 'email-information-request' }) standardId!: string;
  @ApiProperty() standardVersion!: number;
  @ApiProperty({ type: String, nullable: true }) escalatedTo!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) answeredAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) closedAt!: string | null;
  @ApiProperty() lastSequence!: number;
  @ApiProperty({ format: 'date-time' }) lastEventAt!: string;
}

export class CasePageDto {
  @ApiProperty({ type: [CaseSummaryDto] }) items!: CaseSummaryDto[];
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty({ description: 'Rows matching the filters, all pages together.' }) total!: number;
}
