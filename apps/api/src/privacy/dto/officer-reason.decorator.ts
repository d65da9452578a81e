import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { MinLength } from 'class-validator';
import { IsText } from '../../http/is-text.decorator';

/**
 * Why a privacy officer acts (an erasure, a correction, a hold placed or lifted), in their own
 * words: it stays in the case's history or the holds' register, so it names the request, not the person.
 */
export function OfficerReason(example: string): PropertyDecorator {
  return applyDecorators(
    ApiProperty({
      example,
      description: 'In the officer’s own words; it is kept for good, so it names no one.',
      minLength: 10,
      maxLength: 500,
    }),
    IsText(500),
    MinLength(10, { message: 'reason must state why, in 10 characters or more' }),
  );
}
