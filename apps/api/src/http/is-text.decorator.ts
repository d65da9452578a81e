import { applyDecorators } from '@nestjs/common';
import { IsString, Matches, MaxLength, ValidationOptions } from 'class-validator';

/** A non-blank string of bounded length: what deciders call text, checked at the edge first. */
export function IsText(maxLength: number, options?: ValidationOptions): PropertyDecorator {
  return applyDecorators(
    IsString(options),
    Matches(/\S/, { ...options, message: '$property must not be blank' }),
    MaxLength(maxLength, options),
  );
}
