/**
 * Typed configuration read from environment variables, validated once at boot: a missing or bad
 * value stops the process with the variable's name instead of failing later somewhere deep.
 */
export type Env = Readonly<Record<string, string | undefined>>;

export class ConfigError extends Error {
  constructor(readonly variable: string, problem: string) {
    super(`configuration: ${variable} ${problem}`);
    this.name = 'ConfigError';
  }
}

export function text(env: Env, name: string, fallback?: string): string {
  const value = env[name]?.trim() || fallback;
  if (value === undefined) throw new ConfigError(name, 'is required');
  return value;
}

export function integer(env: Env, name: string, fallback: number, min = 0): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new ConfigError(name, `must be an integer >= ${min}, got "${raw}"`);
  return value;
}

export function list(env: Env, name: string, fallback: string): string[] {
  return text(env, name, fallback)
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}
