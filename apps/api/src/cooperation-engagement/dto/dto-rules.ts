import { applyDecorators } from '@nestjs/common';
import { ApiProperty, type ApiPropertyOptions } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsDefined, IsIn, ValidateNested } from 'class-validator';
import { SECTORS, TEAM_MEMBER_KINDS, type TeamMemberKind } from '@entente/domain';
import { IsText } from '../../http/is-text.decorator';
import { MAX_LIST_ITEMS } from '../../http/list-bounds';

// Rules the engagement's DTOs share. The edge checks shapes; the decider judges the rest (a
// milestone within the schedule, a form the approved plan provides) and answers 422 for it.

export const SECTOR_NUMBERS = Object.keys(SECTORS).map(Number);

/** One or more of the six sectors of the seed document, each once. */
export const IsSectors = () =>
  applyDecorators(IsArray(), ArrayMinSize(1), ArrayMaxSize(SECTOR_NUMBERS.length), ArrayUnique(), IsIn(SECTOR_NUMBERS, { each: true }));

/** One or more non-blank texts. */
export const IsTexts = (maxLength: number) =>
  applyDecorators(IsArray(), ArrayMinSize(1), ArrayMaxSize(MAX_LIST_ITEMS), IsText(maxLength, { each: true }));

/** One or more nested objects, each validated (errors named `team.0.name`). */
export const AreNested = (type: () => new () => object) =>
  applyDecorators(IsArray(), ArrayMinSize(1), ArrayMaxSize(MAX_LIST_ITEMS), ValidateNested({ each: true }), Type(type));

/** A required nested object, validated (errors named `plan.budget.amount`). */
export const IsNestedObject = (type: () => new () => object) => applyDecorators(IsDefined(), ValidateNested(), Type(type));

export const SECTORS_PROPERTY: ApiPropertyOptions = {
  type: [Number],
  enum: SECTOR_NUMBERS,
  example: [2, 3],
  description: 'Sectors 1 to 6 (seed document).',
};

/** A parliamentarian or a public servant of the National Assembly team. */
export class TeamMemberDto {
  @ApiProperty({ example: 'Sébastien Jobert' }) @IsText(200) name!: string;
  @ApiProperty({ enum: TEAM_MEMBER_KINDS }) @IsIn(TEAM_MEMBER_KINDS) kind!: TeamMemberKind;
}
