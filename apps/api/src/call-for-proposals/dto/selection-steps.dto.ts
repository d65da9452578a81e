import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, ValidateNested } from 'class-validator';
import { SELECTION_OUTCOMES, type SelectionOutcome } from '@entente/domain';
import { IsInstant } from '../../http/is-instant.decorator';
import { IsText } from '../../http/is-text.decorator';
import type { CommandBody } from '../../http/command-body';
import { MAX_LIST_ITEMS } from '../../http/list-bounds';

export class ProposalOutcomeDto {
  @ApiProperty({ example: 'PAAH-2026-014' })
  @IsText(100)
  proposalId!: string;

  @ApiProperty({ enum: SELECTION_OUTCOMES })
  @IsIn(SELECTION_OUTCOMES)
  outcome!: SelectionOutcome;

  @ApiProperty({ example: 'Ranked within the programme budget.' })
  @IsText(2000)
  reasons!: string;
}

export class DecideSelectionDto implements CommandBody<'call-for-proposals', 'DecideSelection'> {
  @ApiProperty({ type: [ProposalOutcomeDto], description: 'Every proposal of the call, once each is scored by two evaluators.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_LIST_ITEMS)
  @ValidateNested({ each: true })
  @Type(() => ProposalOutcomeDto)
  decisions!: ProposalOutcomeDto[];

  @ApiProperty({
    required: false,
    nullable: true,
    example: 'QSF-2026-012 is already funded by another programme of the Ministry.',
    description: 'Why, when the outcomes depart from the ranking (recorded as a departure, for auditors); refused otherwise.',
  })
  @IsOptional()
  @IsText(2000)
  departureJustification?: string | null;
}

export class NotifyOrganizationDto implements CommandBody<'call-for-proposals', 'NotifyOrganization'> {
  @ApiProperty({ example: 'oxfam-quebec', description: 'Told the outcome of all its proposals at once.' })
  @IsText(100)
  organizationId!: string;

  @ApiPropertyOptional({
    example: '2026-06-30T14:00:00.000Z',
    description:
      'When the organization was told: when it happened; defaults to now; not in the future nor before the selection decision. The selection clock stops at the last organization told.',
  })
  @IsOptional()
  @IsInstant()
  notifiedAt?: string;
}
