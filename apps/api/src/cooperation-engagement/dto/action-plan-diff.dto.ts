import { ApiProperty } from '@nestjs/swagger';

/** One field that differs between two versions, by its dotted path. */
export class ActionPlanChangeDto {
  @ApiProperty({ example: 'budget.amount' }) field!: string;
  @ApiProperty({ example: 84500, description: 'Any JSON value; null when the field is new.' }) before!: unknown;
  @ApiProperty({ example: 92000, description: 'Any JSON value; null when the field is gone.' }) after!: unknown;
}

export class ActionPlanDiffDto {
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ example: 1 }) from!: number;
  @ApiProperty({ example: 2 }) to!: number;
  @ApiProperty({ type: [ActionPlanChangeDto], description: 'Empty when the versions are identical.' }) changes!: ActionPlanChangeDto[];
}
