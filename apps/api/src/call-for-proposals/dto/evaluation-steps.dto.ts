import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsNumber, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { IsText } from '../../http/is-text.decorator';
import type { CommandBody } from '../../http/command-body';

export class AssignEvaluatorsDto implements CommandBody<'call-for-proposals', 'AssignEvaluators'> {
  @ApiProperty({ example: 'PAAH-2026-014' })
  @IsText(100)
  proposalId!: string;

  @ApiProperty({
    type: [String],
    example: ['marc.bouchard', 'julie.cote'],
    description: 'With those already assigned, at least two not recused.',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @IsText(200, { each: true })
  evaluatorIds!: string[];
}

const DECLARATIONS = ['none', 'conflict'] as const;

export class DeclareConflictOfInterestDto implements CommandBody<'call-for-proposals', 'DeclareConflictOfInterest'> {
  @ApiProperty({ example: 'PAAH-2026-014' })
  @IsText(100)
  proposalId!: string;

  @ApiProperty({ enum: DECLARATIONS, description: 'A conflict recuses the evaluator from the proposal.' })
  @IsIn(DECLARATIONS)
  declaration!: (typeof DECLARATIONS)[number];

  @ApiPropertyOptional({ example: 'Sits on the board of the organization', description: 'With a conflict only.' })
  @IsOptional()
  @IsText(2000)
  nature?: string;
}

export class CriterionScoreDto {
  @ApiProperty({ example: 'relevance' })
  @IsText(100)
  criterionId!: string;

  @ApiProperty({ example: 36, description: 'From 0 to the criterion’s maximum.' })
  @IsNumber()
  @Min(0)
  @Max(1000) // the highest a criterion's maximum may be; the decider holds it to the criterion's own
  score!: number;

  @ApiProperty({ example: 'Needs documented by a local survey.' })
  @IsText(2000)
  comment!: string;
}

export class ScoreProposalDto implements CommandBody<'call-for-proposals', 'ScoreProposal'> {
  @ApiProperty({ example: 'PAAH-2026-014' })
  @IsText(100)
  proposalId!: string;

  @ApiProperty({ type: [CriterionScoreDto], description: 'One score per published criterion.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => CriterionScoreDto)
  scores!: CriterionScoreDto[];
}
