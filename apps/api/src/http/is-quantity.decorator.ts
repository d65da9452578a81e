import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { ValidateBy, type ValidationOptions } from 'class-validator';
import { countRule, isCount, isMoney, MAX_COUNT, MONEY, MONEY_RULE } from '@entente/domain';

// Numbers checked at the edge by the domain's own predicates, so a 400 here and a 422 from a
// decider state one rule, and the OpenAPI document publishes its bounds.
// (class-validator's `maxDecimalPlaces` throws on 5e-324, whose text has no decimal point: a 500.)

/** An amount of money: MONEY's bounds, to the cent. */
export function IsMoney(options?: ValidationOptions): PropertyDecorator {
  return applyDecorators(
    ApiProperty({ type: 'number', minimum: MONEY.minimum, maximum: MONEY.maximum, multipleOf: 0.01 }),
    ValidateBy({ name: 'isMoney', validator: { validate: isMoney, defaultMessage: () => `$property ${MONEY_RULE}` } }, options),
  );
}

/** A whole number from `minimum` to `maximum` (MAX_COUNT unless told). */
export function IsCount(minimum: number, maximum = MAX_COUNT, options?: ValidationOptions): PropertyDecorator {
  return applyDecorators(
    ApiProperty({ type: 'integer', minimum, maximum }),
    ValidateBy(
      {
        name: 'isCount',
        constraints: [minimum, maximum],
        validator: {
          validate: (value) => isCount(value, minimum, maximum),
          defaultMessage: () => `$property ${countRule(minimum, maximum)}`,
        },
      },
      options,
    ),
  );
}
