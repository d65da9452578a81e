import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsNumber, IsPositive, Max, Min, ValidateNested } from 'class-validator';
import { PROGRAMMES, type Programme } from '@entente/domain';
import { IsInstant } from '../../http/is-instant.decorator';
import { IsText } from '../../http/is-text.decorator';
import type { CommandBody } from '../../http/command-body';

/** One line of the grid every proposal is judged on; published with the call and fixed from then on. */
export class CriterionDto {
  @ApiProperty({ example: 'relevance' })
  @IsText(100)
  id!: string;

  @ApiProperty({ example: 'Relevance to the needs of the affected population' })
  @IsText(300)
  title!: string;

  @ApiProperty({ example: 40, description: 'Scores run from 0 to this whole number (at most 1000).' })
  @IsInt()
  @Min(1)
  @Max(1000)
  maxScore!: number;

  @ApiProperty({ example: 3, description: 'Relative weight in the ranking: more than 0, at most 100.' })
  @IsNumber()
  @IsPositive()
  @Max(100)
  weight!: number;
}

export class PublishCallForProposalsDto implements CommandBody<'call-for-proposals', 'PublishCallForProposals', 'caseId'> {
  @ApiProperty({ enum: PROGRAMMES })
  @IsIn(PROGRAMMES)
  programme!: Programme;

  @ApiProperty({ example: 'Programme d’aide à l’action humanitaire 2026-2027, premier appel' })
  @IsText(300)
  title!: string;

  @ApiProperty({ type: [CriterionDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => CriterionDto)
  criteria!: CriterionDto[];

  @ApiProperty({ example: '2026-05-15T17:00:00-04:00', description: 'The announced closing; the selection clock starts here.' })
  @IsInstant()
  closesAt!: string;
}
