import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { ValidateBy, type ValidationOptions } from 'class-validator';
import { isLocalDate, isMonth, LOCAL_DATE_RULE, MONTH_RULE } from '@entente/domain';

/**
 * A local date `YYYY-MM-DD` that exists (no 31 April) in the years dates may fall in, checked by
 * the domain's own predicate so the edge accepts exactly what deciders and calendars accept.
 */
export function IsLocalDate(options?: ValidationOptions): PropertyDecorator {
  return applyDecorators(
    ApiProperty({ type: 'string', format: 'date' }),
    ValidateBy(
      { name: 'isLocalDate', validator: { validate: isLocalDate, defaultMessage: () => `$property ${LOCAL_DATE_RULE}` } },
      options,
    ),
  );
}

/** A month `YYYY-MM` in the same years. */
export function IsMonth(options?: ValidationOptions): PropertyDecorator {
  return applyDecorators(
    ApiProperty({ type: 'string', pattern: '^\\d{4}-\\d{2}$', maxLength: 7 }),
    ValidateBy({ name: 'isMonth', validator: { validate: isMonth, defaultMessage: () => `$property ${MONTH_RULE}` } }, options),
  );
}
