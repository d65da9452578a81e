/** The process environment, or a test's own: every configuration is read from one of these. */
export type Env = Readonly<Record<string, string | undefined>>;

/** A missing or bad value, named by its variable so that the process stops with something to fix. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`configuration: ${variable} ${problem}`);
    this.name = 'ConfigError';
  }
}
