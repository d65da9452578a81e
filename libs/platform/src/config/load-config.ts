import { ConfigError, type Env } from './env';
import { isProduction, type Setting } from './settings';

/** A configuration's settings by the name its code reads them under. */
export type ConfigSchema = Readonly<Record<string, Setting<unknown>>>;

/** The typed values of a schema; the comments on its keys document them. */
export type ConfigOf<S extends ConfigSchema> = { readonly [K in keyof S]: S[K] extends Setting<infer T> ? T : never };

/** Reads every setting of `schema` from `env` at once: the first bad one stops the boot, named. */
export function loadConfig<S extends ConfigSchema>(schema: S, env: Env): ConfigOf<S> {
  return Object.fromEntries(Object.entries(schema).map(([key, value]) => [key, read(value, env)])) as ConfigOf<S>;
}

function read<T>({ variable, fallback, parse, refuseInProduction }: Setting<T>, env: Env): T {
  const raw = env[variable]?.trim() || (typeof fallback === 'function' ? fallback(env) : fallback);
  if (raw === undefined) throw new ConfigError(variable, 'is required');
  const refusal = isProduction(env) ? refuseInProduction?.(raw) : undefined;
  if (refusal) throw new ConfigError(variable, refusal);
  try {
    return parse(raw);
  } catch (error) {
    throw new ConfigError(variable, error instanceof Error ? error.message : String(error));
  }
}

export type ConfigClass<C> = new (env: Env) => C;

/**
 * The base of an app's configuration class (`class ApiConfig extends configClass(API_SETTINGS)`):
 * built from an env, and injected by the class where the app is Nest, never by a string key.
 */
export function configClass<S extends ConfigSchema>(schema: S): ConfigClass<ConfigOf<S>> {
  return class {
    constructor(env: Env) {
      Object.assign(this, loadConfig(schema, env));
    }
  } as ConfigClass<ConfigOf<S>>;
}
