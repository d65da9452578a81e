// Not re-exported by the package's index: the one ApiProperty that can leave existing options be.
import { createApiPropertyDecorator } from '@nestjs/swagger/dist/decorators/api-property.decorator';
import { getMetadataStorage, IS_INT, IS_OPTIONAL } from 'class-validator';
import { INSTANT } from '@entente/domain';
import { patternMaxLength } from './pattern-length';

/** What this file reads of class-validator's metadata for one decorator on one property. */
interface ValidatorUse {
  readonly propertyName: string;
  readonly name?: string;
  readonly constraints?: readonly unknown[];
  readonly each?: boolean;
}

type SchemaRule = Record<string, unknown>;
type DtoClass = abstract new (...args: never[]) => object;

/** What each validator the DTOs use enforces, in OpenAPI terms (Nest moves string rules to items). */
const RULES: Record<string, (constraints: readonly unknown[]) => SchemaRule> = {
  maxLength: ([max]) => ({ maxLength: max }),
  minLength: ([min]) => ({ minLength: min }),
  // JSON Schema patterns are unanchored, as class-validator's are: IsText's /\S/ means "not blank".
  matches: ([pattern]) => matching(pattern instanceof RegExp ? pattern.source : String(pattern)),
  isEmail: () => ({ format: 'email' }),
  isUuid: () => ({ format: 'uuid', maxLength: 36 }),
  // Narrower than RFC 3339's date-time: upper-case T and Z, at most nanoseconds, no leap second.
  isInstant: () => ({ format: 'date-time', pattern: INSTANT.source }),
  isIn: ([values]) => ({ enum: values }),
  min: ([min]) => ({ minimum: min }),
  max: ([max]) => ({ maximum: max }),
  isPositive: () => ({ minimum: 0, exclusiveMinimum: true }),
  arrayMinSize: ([min]) => ({ minItems: min }),
  arrayMaxSize: ([max]) => ({ maxItems: max }),
  arrayUnique: () => ({ uniqueItems: true }),
};

/** A pattern, and the length it bounds a string to when it is anchored at both ends. */
function matching(source: string): SchemaRule {
  const maxLength = patternMaxLength(source);
  return maxLength === undefined ? { pattern: source } : { pattern: source, maxLength };
}

/**
 * Writes what class-validator enforces on every DTO into the OpenAPI metadata, so that the
 * document states the rules a request is judged by. What a property's `@ApiProperty` states wins;
 * this fills the gaps. Call it before building the document.
 */
export function documentValidationRules(): void {
  for (const [target, uses] of validatedClasses()) {
    for (const [property, rules] of byProperty(uses)) documentProperty(target, property, rules);
  }
}

function documentProperty(target: DtoClass, property: string, rules: readonly ValidatorUse[]): void {
  const schema: SchemaRule = { required: !rules.some((rule) => rule.name === IS_OPTIONAL) };
  for (const rule of rules) Object.assign(schema, ruleOf(rule));
  if (rules.some((rule) => rule.name === 'isIn' && rule.each)) schema.isArray = true;
  const prototype = target.prototype as object;
  createApiPropertyDecorator(schema, false)(prototype, property);
  // The TypeScript type says number; the validator says a whole one, and that must win.
  if (rules.some((rule) => rule.name === IS_INT)) createApiPropertyDecorator({ type: 'integer' })(prototype, property);
}

function ruleOf(rule: ValidatorUse): SchemaRule {
  const toSchema = rule.name ? RULES[rule.name] : undefined;
  return toSchema ? toSchema(rule.constraints ?? []) : {};
}

function byProperty(uses: readonly ValidatorUse[]): Map<string, ValidatorUse[]> {
  const grouped = new Map<string, ValidatorUse[]>();
  for (const use of uses) grouped.set(use.propertyName, [...(grouped.get(use.propertyName) ?? []), use]);
  return grouped;
}

/** class-validator lists its classes only in its storage's map; the OpenAPI spec fails if that moves. */
function validatedClasses(): Map<DtoClass, ValidatorUse[]> {
  return (getMetadataStorage() as unknown as { validationMetadatas: Map<DtoClass, ValidatorUse[]> }).validationMetadatas;
}
