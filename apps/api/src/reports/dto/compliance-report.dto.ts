import { ApiProperty } from '@nestjs/swagger';

/** One service standard in one month: clocks counted by the month they started, Québec time. */
export class StandardMonthDto {
  @ApiProperty({ example: 'email-information-request' }) standardId!: string;
  @ApiProperty({ example: '2026-11' }) month!: string;
  @ApiProperty({ description: 'Clocks started in the month.' }) cases!: number;
  @ApiProperty({ description: 'Answered by the due instant.' }) met!: number;
  @ApiProperty({ description: 'Answered after the due instant.' }) late!: number;
  @ApiProperty({ description: 'Past the due instant at some point: answered late, or still open past due.' }) breached!: number;
  @ApiProperty({ description: 'Clock still running.' }) open!: number;
  @ApiProperty({ description: 'Closed without an answer (duplicate, withdrawn...).' }) cancelled!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Share of answers on time, 0 to 1.' }) metShare!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Median working days to answer.' }) medianWorkingDays!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: '90th percentile of working days to answer.' }) p90WorkingDays!: number | null;
}

/** Telephone calls in one month, Québec time: the declaration promises an answer at once or a referral. */
export class TelephoneMonthDto {
  @ApiProperty({ example: '2026-11' }) month!: string;
  @ApiProperty({ description: 'Calls recorded as taken in the month.' }) calls!: number;
  @ApiProperty({ description: 'Answered during the call.' }) answeredAtOnce!: number;
  @ApiProperty({ description: 'Told whom to reach.' }) referred!: number;
  @ApiProperty({ description: 'Share of calls answered at once, 0 to 1.' }) share!: number;
}

export class ComplianceReportDto {
  @ApiProperty({ example: '2026-01' }) from!: string;
  @ApiProperty({ example: '2026-12' }) to!: string;
  @ApiProperty({ type: [StandardMonthDto] }) standards!: StandardMonthDto[];
  @ApiProperty({ type: [TelephoneMonthDto], description: 'Months with at least one call.' }) telephone!: TelephoneMonthDto[];
}
