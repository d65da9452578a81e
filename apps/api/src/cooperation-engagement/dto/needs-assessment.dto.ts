import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import type { Sector } from '@entente/domain';
import { IsInstant } from '../../http/is-instant.decorator';
import { IsText } from '../../http/is-text.decorator';
import { AreNested, IsSectors, SECTORS_PROPERTY, TeamMemberDto } from './dto-rules';
import { IsLocalDate } from '../../http/is-local-date.decorator';
import type { CommandBody } from '../../http/command-body';

// Stage 1 (needs assessment) and what applies at any stage: reassignment, withdrawal.

export class ReassignEngagementDto implements CommandBody<'cooperation-engagement', 'ReassignCooperationEngagement'> {
  @ApiProperty({ example: 'sebastien.jobert', description: 'The coordinator who takes the engagement over.' })
  @IsText(200)
  coordinatorId!: string;

  @ApiPropertyOptional({ example: 'Back from the Haiti mission' })
  @IsOptional()
  @IsText(2000)
  reason?: string;
}

export class RecordNeedsDto implements CommandBody<'cooperation-engagement', 'RecordNeeds'> {
  @ApiProperty({ example: 'Bills are drafted by the executive alone; committees lack clerks.' })
  @IsText(5000)
  description!: string;

  @ApiProperty(SECTORS_PROPERTY)
  @IsSectors()
  sectors!: Sector[];

  @ApiPropertyOptional({
    example: '2026-01-15T15:00:00.000Z',
    description:
      'When the needs were assessed: when it happened; defaults to now; not in the future nor before the contact or the needs already recorded.',
  })
  @IsOptional()
  @IsInstant()
  assessedAt?: string;
}

/** An on-site needs assessment mission, in the partner's offices; planning again replaces the plan. */
export class PlanAssessmentMissionDto implements CommandBody<'cooperation-engagement', 'PlanAssessmentMission'> {
  @ApiProperty({ example: '2026-02-16' }) @IsLocalDate() startsOn!: string;
  @ApiProperty({ example: '2026-02-20' }) @IsLocalDate() endsOn!: string;
  @ApiProperty({ type: [TeamMemberDto] }) @AreNested(() => TeamMemberDto) team!: TeamMemberDto[];
}

export class AssessmentMissionHeldDto implements CommandBody<'cooperation-engagement', 'RecordAssessmentMissionHeld', 'heldOn'> {
  @ApiPropertyOptional({
    example: '2026-02-20',
    description: 'Its last day, one of its planned dates (a mission that moved is planned again first). Default: today, Québec time.',
  })
  @IsOptional()
  @IsLocalDate()
  heldOn?: string;

  @ApiProperty({ example: 'Committee clerks ask for drafting training.' })
  @IsText(5000)
  findings!: string;
}

/** Concludes the needs assessment: proceed to an action plan, or decline (the domain requires a reason). */
export class AssistanceDecisionDto implements CommandBody<'cooperation-engagement', 'DecideOnAssistance'> {
  @ApiProperty({ enum: ['proceed', 'decline'] })
  @IsIn(['proceed', 'decline'])
  decision!: 'proceed' | 'decline';

  @ApiPropertyOptional({ description: 'With proceed.' })
  @IsOptional()
  @IsText(2000)
  rationale?: string;

  @ApiPropertyOptional({ description: 'Required with decline.' })
  @IsOptional()
  @IsText(2000)
  reason?: string;

  @ApiPropertyOptional({
    example: '2026-03-02T15:00:00.000Z',
    description:
      'When the Assembly decided: when it happened; defaults to now; not in the future nor before the needs assessment (or the assessment mission held).',
  })
  @IsOptional()
  @IsInstant()
  decidedAt?: string;
}

export class WithdrawEngagementDto implements CommandBody<'cooperation-engagement', 'WithdrawCooperationEngagement'> {
  @ApiProperty({ example: 'The support group’s funding fell through.' })
  @IsText(2000)
  reason!: string;
}
