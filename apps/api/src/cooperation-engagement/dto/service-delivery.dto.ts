import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, Matches } from 'class-validator';
import { ACTIVITY_FORMS, ACTIVITY_PLACES, type ActivityForm, type ActivityPlace, type Sector } from '@entente/domain';
import { CaseIdParams } from '../../http/case-id.params';
import { IsInstant } from '../../http/is-instant.decorator';
import { IsText } from '../../http/is-text.decorator';
import { AreNested, IsSectors, IsTexts, SECTORS_PROPERTY, TeamMemberDto } from './dto-rules';
import { IsLocalDate } from '../../http/is-local-date.decorator';
import type { CommandBody } from '../../http/command-body';

// Stage 3 (activities of the approved plan) and stage 4 (follow-up, then the activity report).

/** Activity ids appear in paths (`/activities/:activityId/held`): plain and short. */
const ACTIVITY_ID = /^[A-Za-z0-9._-]{1,100}$/;
const IsActivityId = () => Matches(ACTIVITY_ID, { message: '$property must be 1 to 100 letters, digits or . _ -' });

export class PlanActivityDto implements CommandBody<'cooperation-engagement', 'PlanActivity'> {
  @ApiProperty({ example: 'seminar-drafting', description: 'Chosen by the coordinator, unique in the engagement.' })
  @IsActivityId()
  activityId!: string;
  @ApiProperty({ example: 'Seminar on drafting bills and amendments' }) @IsText(500) title!: string;
  @ApiProperty({ enum: ACTIVITY_FORMS, description: 'One the approved plan provides.' }) @IsIn(ACTIVITY_FORMS) form!: ActivityForm;
  @ApiProperty({ enum: ACTIVITY_PLACES }) @IsIn(ACTIVITY_PLACES) place!: ActivityPlace;
  @ApiProperty({ ...SECTORS_PROPERTY, description: 'Sectors the approved plan covers.' }) @IsSectors() sectors!: Sector[];
  @ApiProperty({ type: [TeamMemberDto] }) @AreNested(() => TeamMemberDto) team!: TeamMemberDto[];
  @ApiProperty({ example: '2026-06-08', description: "Not before the approved plan's schedule starts." })
  @IsLocalDate()
  startsOn!: string;

  @ApiProperty({ example: '2026-06-12', description: "Not after the approved plan's schedule ends." })
  @IsLocalDate()
  endsOn!: string;
}

export class ActivityParams extends CaseIdParams {
  @ApiProperty({ example: 'seminar-drafting' }) @IsActivityId() activityId!: string;
}

export class ActivityHeldDto implements CommandBody<'cooperation-engagement', 'RecordActivityHeld', 'activityId' | 'heldOn'> {
  @ApiPropertyOptional({
    example: '2026-06-12',
    description:
      'Its last day, one of its planned dates (an activity that moved is cancelled and planned again). Default: today, Québec time.',
  })
  @IsOptional()
  @IsLocalDate()
  heldOn?: string;

  @ApiPropertyOptional({ example: 'Twenty-two clerks took part.' })
  @IsOptional()
  @IsText(5000)
  notes?: string;
}

export class CancelActivityDto implements CommandBody<'cooperation-engagement', 'CancelActivity', 'activityId'> {
  @ApiProperty({ example: 'Parliament in extraordinary session.' }) @IsText(2000) reason!: string;
}

export class DeliveryCompleteDto implements CommandBody<'cooperation-engagement', 'DeclareServiceDeliveryComplete'> {
  @ApiPropertyOptional({
    example: '2026-10-19T14:00:00.000Z',
    description:
      'When service delivery ended, which starts the activity-report clock: when it happened; defaults to now; not in the future nor before the last activity held.',
  })
  @IsOptional()
  @IsInstant()
  completedAt?: string;
}

export class FollowUpDto implements CommandBody<'cooperation-engagement', 'RecordFollowUp'> {
  @ApiProperty({ example: 'Video call with the committee clerks: the new drafting guide is in use.' }) @IsText(5000) note!: string;
  @ApiProperty({ example: true }) @IsBoolean({ message: '$property must be true or false' }) atDistance!: boolean;

  @ApiPropertyOptional({
    example: '2026-11-02T15:00:00.000Z',
    description: 'When the follow-up was held: when it happened; defaults to now; not in the future nor before the last activity held.',
  })
  @IsOptional()
  @IsInstant()
  heldAt?: string;
}

/** The team's main observations, recommendations and results: closes the engagement. */
export class ActivityReportDto implements CommandBody<'cooperation-engagement', 'SubmitActivityReport'> {
  @ApiProperty({ type: [String] }) @IsTexts(5000) observations!: string[];
  @ApiProperty({ type: [String] }) @IsTexts(5000) recommendations!: string[];
  @ApiProperty({ type: [String] }) @IsTexts(5000) results!: string[];

  @ApiPropertyOptional({
    example: '2026-11-16T15:00:00.000Z',
    description:
      'When the report was submitted, which stops its clock: when it happened; defaults to now; not in the future nor before the last activity held or a follow-up.',
  })
  @IsOptional()
  @IsInstant()
  submittedAt?: string;
}
