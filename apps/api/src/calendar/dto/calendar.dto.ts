import { ApiProperty } from '@nestjs/swagger';

export class CalendarRefDto {
  @ApiProperty({ example: 'qc-public-service' }) id!: string;
  @ApiProperty({ example: 1 }) version!: number;
}

export class DueDateDto {
  @ApiProperty({ format: 'date-time' }) from!: string;
  @ApiProperty() workingDays!: number;
  @ApiProperty({ format: 'date-time', description: 'Closing time (17:00) of the N-th working day after the local date of `from`.' })
  dueAt!: string;
  @ApiProperty({ example: 'America/Toronto' }) timeZone!: string;
  @ApiProperty({ type: CalendarRefDto }) calendar!: CalendarRefDto;
}

class HolidayDto {
  @ApiProperty({ example: '2026-06-24' }) date!: string;
  @ApiProperty({ example: 'National Holiday' }) name!: string;
}

export class HolidaysDto {
  @ApiProperty() year!: number;
  @ApiProperty({ example: 'America/Toronto' }) timeZone!: string;
  @ApiProperty({ type: CalendarRefDto }) calendar!: CalendarRefDto;
  @ApiProperty({ type: [HolidayDto] }) holidays!: HolidayDto[];
}
