export type CheckStatus = 'up' | 'down';

/** Each dependency a process needs, by the name its health report gives it, and how to ask it. */
export type HealthChecks = Readonly<Record<string, () => Promise<unknown>>>;

export interface HealthReport {
  readonly status: 'ok' | 'unavailable';
  readonly checks: Readonly<Record<string, CheckStatus>>;
}

/** A probe must answer quickly even when an engine hangs rather than refuses. */
export const CHECK_TIMEOUT_MS = 2000;

/** Every check at once, each bounded by CHECK_TIMEOUT_MS. */
export async function healthOf(checks: HealthChecks): Promise<HealthReport> {
  const names = Object.keys(checks);
  const statuses = await Promise.all(names.map((name) => probe(checks[name]!)));
  const report = Object.fromEntries(names.map((name, i) => [name, statuses[i]!]));
  return { status: statuses.includes('down') ? 'unavailable' : 'ok', checks: report };
}

/** "kafka and database down": what an operator reads first. */
export function downMessage(report: HealthReport): string {
  const down = Object.entries(report.checks).filter(([, status]) => status === 'down');
  return `${down.map(([name]) => name).join(' and ')} down`;
}

async function probe(check: () => Promise<unknown>): Promise<CheckStatus> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timed out')), CHECK_TIMEOUT_MS);
  });
  try {
    await Promise.race([check(), timeout]);
    return 'up';
  } catch {
    return 'down';
  } finally {
    clearTimeout(timer);
  }
}
