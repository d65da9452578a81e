import type { Env } from './env';

/**
 * One environment variable of a configuration: its name, its default, and how its text becomes
 * a value. `parse` throws a plain Error for a bad text; the loader names the variable.
 */
export interface Setting<T> {
  readonly variable: string;
  /** Its text when unset or blank, or the function giving it; none at all: it is required. */
  readonly fallback?: string | ((env: Env) => string | undefined);
  readonly parse: (raw: string) => T;
  /** Why production may not run on this text (a development default), if it may not. */
  readonly refuseInProduction?: (raw: string) => string | undefined;
}

type Fallback = Setting<unknown>['fallback'];

/** A variable whose text is checked or turned into a value by `parse` (a schema name, a path). */
export function setting<T>(variable: string, fallback: Fallback, parse: (raw: string) => T): Setting<T> {
  return { variable, fallback, parse };
}

export function text(variable: string, fallback?: Fallback): Setting<string> {
  return setting(variable, fallback, (raw) => raw);
}

export function integer(variable: string, fallback: number, min = 0): Setting<number> {
  return setting(variable, String(fallback), (raw) => {
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min) throw new Error(`must be an integer >= ${min}, got "${raw}"`);
    return value;
  });
}

/** `anyFree`: 0 is allowed, the system's choice of a free port (tests that run several processes). */
export function port(variable: string, fallback: number, { anyFree = false } = {}): Setting<number> {
  const { parse } = integer(variable, fallback, anyFree ? 0 : 1);
  return setting(variable, String(fallback), (raw) => {
    const value = parse(raw);
    if (value > 65535) throw new Error(`must be a TCP port, got ${value}`);
    return value;
  });
}

/** Comma-separated, blanks dropped: `a, b,` is `['a', 'b']`. */
export function list(variable: string, fallback: Fallback): Setting<string[]> {
  return setting(variable, fallback, (raw) =>
    raw
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean),
  );
}

export function flag(variable: string, fallback: boolean): Setting<boolean> {
  return setting(variable, String(fallback), (raw) => {
    if (raw !== 'true' && raw !== 'false') throw new Error(`must be true or false, got "${raw}"`);
    return raw === 'true';
  });
}

/** One of `values`, in any case: `DEBUG` is `debug`. */
export function oneOf<V extends string>(variable: string, values: readonly V[], fallback: V): Setting<V> {
  return setting(variable, fallback, (raw) => {
    const value = raw.toLowerCase();
    if (!(values as readonly string[]).includes(value)) throw new Error(`must be one of ${values.join(', ')}, got "${value}"`);
    return value as V;
  });
}

/** `NODE_ENV=production`: the one switch that makes every configuration fail closed. */
export function isProduction(env: Env): boolean {
  return env.NODE_ENV === 'production';
}

/** The same switch as a setting, for a configuration that decides at boot what production refuses. */
export const productionMode: Setting<boolean> = setting('NODE_ENV', 'development', (raw) => raw === 'production');

/**
 * A setting whose default serves one development machine only: outside production the default
 * applies; in production the variable is required, and a value `isDevelopment` recognizes (the
 * published default, set explicitly) is refused too, so that nothing deploys on a known secret.
 */
export function developmentDefault<T>(
  base: Setting<T>,
  isDevelopment: (raw: string) => boolean = (raw) => raw === base.fallback,
): Setting<T> {
  const { fallback } = base;
  return {
    ...base,
    fallback: (env) => (isProduction(env) ? undefined : typeof fallback === 'function' ? fallback(env) : fallback),
    refuseInProduction: (raw) => (isDevelopment(raw) ? 'is a development default; production must set its own' : undefined),
  };
}
