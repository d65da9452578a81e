import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, ValidateNested } from 'class-validator';
import { INTERVIEW_FORMATS, type InterviewFormat } from '@entente/domain';
import { IsInstant } from '../../http/is-instant.decorator';
import { IsLocalDate } from '../../http/is-local-date.decorator';
import { IsText } from '../../http/is-text.decorator';
import type { CommandBody } from '../../http/command-body';
import { MAX_LIST_ITEMS } from '../../http/list-bounds';

export class EligibilityReplyDto implements CommandBody<'internship-application', 'SendEligibilityReply'> {
  @ApiProperty({ enum: ['eligible', 'not-eligible'] })
  @IsIn(['eligible', 'not-eligible'])
  decision!: 'eligible' | 'not-eligible';

  @ApiPropertyOptional({ description: 'Required when not eligible.' })
  @IsOptional()
  @IsText(2000)
  reason?: string;
  @ApiPropertyOptional({
    example: '2026-06-22T14:00:00.000Z',
    description:
      'When the reply was sent: when it happened; defaults to now; not in the future nor before the filing. The eligibility clock counts it.',
  })
  @IsOptional()
  @IsInstant()
  sentAt?: string;
}

export class ScheduleInterviewDto implements CommandBody<'internship-application', 'ScheduleInterview'> {
  @ApiProperty({ example: '2026-12-01T14:00:00.000Z' })
  @IsInstant()
  scheduledFor!: string;

  @ApiProperty({ enum: INTERVIEW_FORMATS })
  @IsIn(INTERVIEW_FORMATS)
  format!: InterviewFormat;
}

export class InterviewHeldDto implements CommandBody<'internship-application', 'RecordInterviewHeld', 'heldAt'> {
  @ApiPropertyOptional({
    description:
      'When it was held (the ten-working-day clock starts here): when it happened; defaults to now; not in the future nor before its scheduled time.',
  })
  @IsOptional()
  @IsInstant()
  heldAt?: string;

  @ApiProperty({ type: [String], example: ['Marc Bouchard', 'Julie Côté'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_LIST_ITEMS)
  @IsText(200, { each: true })
  panel!: string[];
}

export class PlacementDto {
  @ApiProperty({ example: 'Junior programme officer' }) @IsText(200) post!: string;
  @ApiProperty({ example: 'Paris' }) @IsText(200) city!: string;
  @ApiProperty({ example: '2027-02-01' }) @IsLocalDate() startsOn!: string;
  @ApiProperty({ example: '2027-07-31' }) @IsLocalDate() endsOn!: string;
}

export class FinalReplyDto implements CommandBody<'internship-application', 'SendFinalReply'> {
  @ApiProperty({ enum: ['selected', 'not-selected'] })
  @IsIn(['selected', 'not-selected'])
  decision!: 'selected' | 'not-selected';

  @ApiPropertyOptional({ example: 'UNESCO', description: 'With selected.' })
  @IsOptional()
  @IsText(200)
  organization?: string;

  @ApiPropertyOptional({ type: PlacementDto, description: 'With selected.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => PlacementDto)
  placement?: PlacementDto;

  @ApiPropertyOptional({ description: 'With not selected.' })
  @IsOptional()
  @IsText(2000)
  reason?: string;
  @ApiPropertyOptional({
    example: '2026-07-08T15:00:00.000Z',
    description:
      'When the reply was sent: when it happened; defaults to now; not in the future nor before the interview (or, without one, the eligibility reply). The final-reply clock counts it.',
  })
  @IsOptional()
  @IsInstant()
  sentAt?: string;
}

export class WithdrawDto implements CommandBody<'internship-application', 'WithdrawInternshipApplication'> {
  @ApiPropertyOptional({ example: 'Accepted another offer' })
  @IsOptional()
  @IsText(2000)
  reason?: string;
}
