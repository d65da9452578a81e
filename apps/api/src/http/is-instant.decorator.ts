import { ValidateBy, ValidationOptions } from 'class-validator';
import { INSTANT_RULE, parseInstant } from '@entente/domain';

function isInstant(value: unknown): boolean {
  try {
    parseInstant(value, 'value');
    return true;
  } catch {
    return false;
  }
}

/**
 * An ISO 8601 instant with an explicit offset, checked by the domain's own parser so the edge
 * accepts exactly what deciders and the calendar accept (`IsISO8601` also takes bare dates).
 */
export function IsInstant(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isInstant',
      validator: {
        validate: isInstant,
        defaultMessage: () => `$property ${INSTANT_RULE}`,
      },
    },
    options,
  );
}
