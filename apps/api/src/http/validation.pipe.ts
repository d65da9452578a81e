import { BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';

interface FieldProblem {
  readonly field: string;
  readonly message: string;
}

/** A 400 that names the first offending field in `field` and every problem in `message`. */
export class RequestValidationError extends BadRequestException {
  constructor(problems: readonly FieldProblem[]) {
    super({ message: problems.map((problem) => problem.message).join('; '), field: problems[0]?.field });
  }
}

/**
 * Unknown properties are refused rather than silently dropped (a misspelt `reason` must not
 * vanish), and values are transformed so that query strings arrive as numbers and booleans.
 */
export function apiValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => new RequestValidationError(problemsOf(errors)),
  });
}

/** A property's name as a path shows it: a blank one (`?=1`, `{"": 1}`) quoted, so it is still named. */
function named(property: string): string {
  return property.trim() === '' ? JSON.stringify(property) : property;
}

/** Flattens nested errors into dotted paths: "sender.email must be an email". */
export function problemsOf(errors: readonly ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${named(error.property)}` : named(error.property);
    const own = Object.entries(error.constraints ?? {}).map(([rule, text]) => ({
      field,
      message: rule === 'whitelistValidation' ? `property ${field} should not exist` : withPath(text, error.property, field),
    }));
    return [...own, ...problemsOf(error.children ?? [], field)];
  });
}

/** class-validator's messages start with the bare property name; callers need the full path. */
function withPath(text: string, property: string, field: string): string {
  return text.startsWith(`${property} `) ? `${field}${text.slice(property.length)}` : text;
}
