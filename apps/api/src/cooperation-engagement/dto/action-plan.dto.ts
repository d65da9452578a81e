import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsOptional, Matches, ValidateNested } from 'class-validator';
import { ACTIVITY_FORMS, type ActivityForm, type Sector } from '@entente/domain';
import { CaseIdParams } from '../../http/case-id.params';
import { IsInstant } from '../../http/is-instant.decorator';
import { IsText } from '../../http/is-text.decorator';
import { IsCount, IsMoney } from '../../http/is-quantity.decorator';
import { IsNestedObject, IsSectors, IsTexts, SECTORS_PROPERTY } from './dto-rules';
import { IsLocalDate } from '../../http/is-local-date.decorator';
import type { CommandBody } from '../../http/command-body';
import { MAX_LIST_ITEMS } from '../../http/list-bounds';

// Stage 2: the plan's four parts (fields named `plan.budget.amount`... as the domain names them),
// and the partner's answers, which name the version they answer in the path.

export class MilestoneDto {
  @ApiProperty({ example: '2026-06-12' }) @IsLocalDate() on!: string;
  @ApiProperty({ example: 'Seminar on drafting bills and amendments, Porto-Novo' }) @IsText(500) description!: string;
}

export class ScheduleDto {
  @ApiProperty({ example: '2026-06-01' }) @IsLocalDate() startsOn!: string;
  @ApiProperty({ example: '2026-10-30' }) @IsLocalDate() endsOn!: string;

  @ApiProperty({ type: [MilestoneDto], description: 'Within the schedule; may be empty.' })
  @IsArray()
  @ArrayMaxSize(MAX_LIST_ITEMS)
  @ValidateNested({ each: true })
  @Type(() => MilestoneDto)
  milestones!: MilestoneDto[];
}

export class BudgetDto {
  @ApiProperty({ example: 84500 }) @IsMoney() amount!: number;
  @ApiProperty({ example: 'CAD', description: 'ISO 4217.' })
  @Matches(/^[A-Z]{3}$/, { message: '$property must be an ISO 4217 code such as CAD' })
  currency!: string;
  @ApiPropertyOptional({ example: 'United Nations Development Programme (UNDP)' }) @IsOptional() @IsText(200) fundedBy?: string;
}

export class TeamProfileDto {
  @ApiProperty({ example: 1 }) @IsCount(0) parliamentarians!: number;
  @ApiProperty({ example: 3 }) @IsCount(0) publicServants!: number;
  @ApiProperty({ type: [String], example: ['legislative drafting', 'committee procedure'] }) @IsTexts(200) expertise!: string[];
}

export class ServicesDto {
  @ApiProperty({ example: 'Strengthen the drafting of bills and amendments.' }) @IsText(5000) description!: string;

  @ApiProperty({ type: [String], enum: ACTIVITY_FORMS })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(ACTIVITY_FORMS.length)
  @ArrayUnique()
  @IsIn(ACTIVITY_FORMS, { each: true })
  forms!: ActivityForm[];

  @ApiProperty(SECTORS_PROPERTY) @IsSectors() sectors!: Sector[];
}

export class ActionPlanDto {
  @ApiProperty({ type: ScheduleDto }) @IsNestedObject(() => ScheduleDto) schedule!: ScheduleDto;
  @ApiProperty({ type: BudgetDto }) @IsNestedObject(() => BudgetDto) budget!: BudgetDto;
  @ApiProperty({ type: TeamProfileDto }) @IsNestedObject(() => TeamProfileDto) teamProfile!: TeamProfileDto;
  @ApiProperty({ type: ServicesDto }) @IsNestedObject(() => ServicesDto) services!: ServicesDto;
}

export class ProposeActionPlanDto implements CommandBody<'cooperation-engagement', 'ProposeActionPlan'> {
  @ApiProperty({ type: ActionPlanDto }) @IsNestedObject(() => ActionPlanDto) plan!: ActionPlanDto;

  @ApiPropertyOptional({
    example: '2026-03-25T14:00:00.000Z',
    description:
      "When the plan was sent to the partner, which starts the partner's answer clock: when it happened; defaults to now; not in the future nor before the decision to assist or the partner's request for modifications.",
  })
  @IsOptional()
  @IsInstant()
  proposedAt?: string;
}

/** The partner's person who signed its answer; the coordinator records it on the partner's behalf. */
export class SignatoryDto {
  @ApiProperty({ example: 'Awa Dossou' }) @IsText(200) name!: string;
  @ApiProperty({ example: 'Secretary General' }) @IsText(200) title!: string;
}

export class PartnerAnswerDto implements CommandBody<'cooperation-engagement', 'ApproveActionPlan', 'version' | 'answeredAt'> {
  @ApiProperty({ type: SignatoryDto }) @IsNestedObject(() => SignatoryDto) signatory!: SignatoryDto;

  @ApiPropertyOptional({
    example: '2026-05-12T14:00:00.000Z',
    description: 'When the partner answered (the answer clock stops there). Default: now.',
  })
  @IsOptional()
  @IsInstant()
  answeredAt?: string;
}

export class ModificationsRequestDto
  extends PartnerAnswerDto
  implements CommandBody<'cooperation-engagement', 'RequestActionPlanModifications', 'version' | 'answeredAt'>
{
  @ApiProperty({ example: 'Add debate broadcasting (sector 5).' }) @IsText(5000) comments!: string;
}

export class RejectionDto
  extends PartnerAnswerDto
  implements CommandBody<'cooperation-engagement', 'RejectActionPlan', 'version' | 'answeredAt'>
{
  @ApiProperty({ example: 'The bureau chose another partner.' }) @IsText(5000) reason!: string;
}

const IsVersion = () =>
  applyDecorators(
    Type(() => Number),
    IsCount(1),
  );

export class PlanVersionParams extends CaseIdParams {
  @ApiProperty({ example: 2, description: 'The version the partner answers.' }) @IsVersion() version!: number;
}

/** Two kept versions to compare, usually the earlier first. */
export class PlanDiffQuery {
  @ApiProperty({ example: 1 }) @IsVersion() from!: number;
  @ApiProperty({ example: 2 }) @IsVersion() to!: number;
}
