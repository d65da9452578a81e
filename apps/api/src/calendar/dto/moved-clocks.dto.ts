import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { CalendarRefDto } from './calendar.dto';

export class CalendarVersionParams {
  @ApiProperty({ example: 2, description: 'A version administrators published (the built-in calendar is version 1).' })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  version!: number;
}

class AddedHolidayDto {
  @ApiProperty({ example: '2027-01-04' }) date!: string;
  @ApiProperty({ example: 'Journée de deuil national' }) name!: string;
}

class MovedClockDto {
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ example: 'email-request' }) caseType!: string;
  @ApiProperty({ example: 'email-answer' }) standardId!: string;
  @ApiProperty({ format: 'date-time', description: 'The due instant before the change.' }) fromDueAt!: string;
  @ApiProperty({ format: 'date-time', description: 'The due instant the change moved it to.' }) toDueAt!: string;
  @ApiProperty({ format: 'date-time' }) movedAt!: string;
}

export class MovedClocksDto {
  @ApiProperty({ type: CalendarRefDto }) calendar!: CalendarRefDto;
  @ApiProperty({ description: 'Why administrators published this version.' }) reason!: string;
  @ApiProperty({ format: 'date-time' }) publishedAt!: string;
  @ApiProperty({ type: [AddedHolidayDto], description: 'The holidays this version added to the one before.' })
  holidaysAdded!: AddedHolidayDto[];
  @ApiProperty({
    type: [MovedClockDto],
    description: 'The running clocks moved so far, oldest move first: the list grows while the change reaches every case.',
  })
  clocks!: MovedClockDto[];
}
