import { BadRequestException, ValidationError, ValidationPipe, type ArgumentMetadata } from '@nestjs/common';

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

const OPTIONS = {
  whitelist: true,
  transform: true,
  exceptionFactory: (errors: ValidationError[]) => new RequestValidationError(problemsOf(errors)),
};

/**
 * A body's unknown properties are refused rather than silently dropped (a misspelt `reason` must
 * not vanish); a query's unknown parameters are dropped, on every route alike, as routes without
 * parameters always ignored them (a proxy's cache-buster is not an error). Values are transformed
 * so that query strings arrive as numbers and booleans. No text may hold a NUL character or half of
 * a surrogate pair (`"\ud800"` in JSON), which PostgreSQL cannot store: it would stop the
 * projector at that event, or change the text under its hash.
 */
class ApiValidationPipe extends ValidationPipe {
  private readonly lenient = new ValidationPipe(OPTIONS);

  override transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'custom') return super.transform(value, metadata);
    const found = unstorableAt(value, metadata.data ?? '');
    if (found !== undefined) {
      const field = found.path || metadata.type;
      throw new RequestValidationError([{ field, message: `${field} must not contain ${found.problem}` }]);
    }
    return metadata.type === 'query' ? this.lenient.transform(value, metadata) : super.transform(value, metadata);
  }
}

export function apiValidationPipe(): ValidationPipe {
  return new ApiValidationPipe({ ...OPTIONS, forbidNonWhitelisted: true });
}

interface Unstorable {
  /** Where: `''` for the value itself. */
  readonly path: string;
  readonly problem: string;
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function problemOf(text: string): string | undefined {
  if (text.includes('\u0000')) return 'a NUL character';
  return LONE_SURROGATE.test(text) ? 'half of a surrogate pair' : undefined;
}

/** The first string or name PostgreSQL cannot store, and why, if any. */
function unstorableAt(value: unknown, path: string): Unstorable | undefined {
  if (typeof value === 'string') {
    const problem = problemOf(value);
    return problem ? { path, problem } : undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  for (const [key, item] of Object.entries(value)) {
    const at = path ? `${path}.${named(key)}` : named(key);
    const problem = problemOf(key);
    const found = problem ? { path: at, problem } : unstorableAt(item, at);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * A property's name as a path shows it, readable whatever the client sent: invisible characters
 * as `\uXXXX` escapes, a blank name (`?=1`, `{"": 1}`) quoted, so every name is still a name.
 */
function named(property: string): string {
  const visible = property.replace(/[\p{C}\p{Z}]/gu, (char) =>
    char === ' ' ? char : `\\u${char.codePointAt(0)!.toString(16).padStart(4, '0')}`,
  );
  return visible.trim() === '' ? JSON.stringify(property) : visible;
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
