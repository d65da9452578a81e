import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';

// Shapes the mission's DTOs share. The edge checks shapes; the decider judges the rest (a date
// in the future, a time zone it knows, a participant it registered) and answers 422 for it.

/** A required nested object, validated (errors named `destination.city`). */
export const IsNestedObject = (type: () => new () => object) => applyDecorators(IsDefined(), ValidateNested(), Type(type));

/** An optional rating of one aspect, 1 (poor) to 5 (excellent). */
export const IsRating = () =>
  applyDecorators(ApiPropertyOptional({ minimum: 1, maximum: 5, example: 5 }), IsOptional(), IsInt(), Min(1), Max(5));
