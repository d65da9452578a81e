import { ApiProperty } from '@nestjs/swagger';
import { IsText } from '../../http/is-text.decorator';
import { IsNestedObject } from './dto-rules';
import { IsLocalDate } from '../../http/is-local-date.decorator';
import type { CommandBody } from '../../http/command-body';

export class DestinationDto {
  @ApiProperty({ example: 'Tokyo' }) @IsText(200) city!: string;
  @ApiProperty({ example: 'Japan' }) @IsText(200) country!: string;

  @ApiProperty({ example: 'Asia/Tokyo', description: 'IANA time zone of the destination: the mission’s dates are its local dates.' })
  @IsText(100)
  timeZone!: string;
}

export class PlanPremierMissionDto implements CommandBody<'premier-mission', 'PlanPremierMission', 'caseId'> {
  @ApiProperty({ type: DestinationDto })
  @IsNestedObject(() => DestinationDto)
  destination!: DestinationDto;

  @ApiProperty({ example: 'Économie verte et intelligence artificielle' })
  @IsText(300)
  theme!: string;

  @ApiProperty({ example: '2026-10-13', description: 'First day, local date at the destination; must be ahead.' })
  @IsLocalDate()
  startsOn!: string;

  @ApiProperty({ example: '2026-10-17', description: 'Last day, local date at the destination.' })
  @IsLocalDate()
  endsOn!: string;

  @ApiProperty({ example: 'marc.bouchard', description: 'The Bureau des missions officer in charge.' })
  @IsText(200)
  officerId!: string;
}
