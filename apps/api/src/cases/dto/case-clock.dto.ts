import { ApiProperty } from '@nestjs/swagger';
import type { CaseSummaryClockState } from '@entente/persistence';
import { CLOCK_STATES } from './case-summary.dto';

class ClockPauseDto {
  @ApiProperty({ example: 'awaiting-requester' }) reason!: string;
  @ApiProperty() explanation!: string;
  @ApiProperty({ format: 'date-time' }) pausedAt!: string;
}

class ClockMoveDto {
  @ApiProperty({ format: 'date-time' }) fromDueAt!: string;
  @ApiProperty({ format: 'date-time' }) toDueAt!: string;
  @ApiProperty({ description: 'The calendar change, as administrators gave it (the holiday added).' }) reason!: string;
  @ApiProperty({ format: 'date-time' }) movedAt!: string;
}

/** One service-standard clock of a case. */
export class CaseClockDto {
  @ApiProperty({ example: 'email-information-request' }) standardId!: string;
  @ApiProperty() standardVersion!: number;
  @ApiProperty({ format: 'date-time' }) startedAt!: string;
  @ApiProperty({ format: 'date-time' }) dueAt!: string;
  @ApiProperty({ enum: CLOCK_STATES, example: 'running' }) state!: CaseSummaryClockState;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Working days to the due day while the clock counts (0: due today; negative: days late).',
  })
  workingDaysLeft!: number | null;
  @ApiProperty({ type: ClockPauseDto, nullable: true, description: 'The pause in force, with its reason.' })
  paused!: ClockPauseDto | null;
  @ApiProperty({ type: [ClockMoveDto], description: 'Each move a calendar change made, oldest first.' })
  moves!: ClockMoveDto[];
}
