import { applyDecorators } from '@nestjs/common';
import { IsString, Matches, MaxLength } from 'class-validator';

/** A non-blank string of bounded length: what deciders call text, checked at the edge first. */
export function IsText(maxLength: number): PropertyDecorator {
  return applyDecorators(
    IsString(),
    Matches(/\S/, { message: '$property must not be blank' }),
    MaxLength(maxLength),
  );
}
